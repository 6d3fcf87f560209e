import { defineMessages } from "@/lib/i18n/define";

/**
 * Issue 10 item 9: the staff console's shared texts (navigation, read-only notice, error summary)
 * and those of the pages that predate the console (round jobs, audit log). zh-TW first; English
 * mirrors it exactly. The language is the visitor's (the header's switch), never both at once.
 */
export const consoleTexts = defineMessages({
  "zh-TW": {
    nav: "工作人員功能",
    home: "工作人員首頁",
    worksAt: (store: string) => `服務門市：${store}`,
    readOnly: "您是稽核人員：可以檢視所有資料，但不能變更。",
    errorSummary: "有問題需要修正",
    yes: "是",
    no: "否",
    jobs: {
      title: "輪次作業",
      clock: "系統時間（臺北）",
      ran: (n: string) => `已執行到期作業（轉換－簡訊）：${n}`,
      moved: "示範時鐘已設定。",
      errors: { CLOCK_LOCKED: "正式環境不能調整時鐘。", VALIDATION: "請輸入正確的日期與時間。" } as Record<string, string>,
      run: "立即執行到期作業",
      demoClock: "示範時鐘（臺北時間）",
      set: "設定",
      figures: "配量與訂單",
      bars: { supply: "配量（包）", orders: "預購", selected: "中籤", paid: "已繳費", pickedUp: "已取貨" },
      table: { round: "輪次", orders: "訂單", closed: "截止", drawn: "抽籤", lapsed: "逾期", ledger: "入帳", forfeited: "放棄" },
      done: "已完成",
      notYet: "尚未",
    },
    audit: {
      title: "稽核紀錄",
      filter: "動作開頭",
      submit: "篩選",
      time: "時間（臺北）",
      staff: "人員",
      action: "動作",
      target: "對象",
      details: "內容",
    },
  },
  en: {
    nav: "Staff tools",
    home: "Staff home",
    worksAt: (store: string) => `Your store: ${store}`,
    readOnly: "You are an auditor: you can see everything but change nothing.",
    errorSummary: "There is a problem",
    yes: "Yes",
    no: "No",
    jobs: {
      title: "Round jobs",
      clock: "System time (Taipei)",
      ran: (n: string) => `Ran the due jobs (transitions-SMS): ${n}`,
      moved: "The demo clock was set.",
      errors: { CLOCK_LOCKED: "The clock cannot be moved in a deployment.", VALIDATION: "Enter a valid date and time." } as Record<string, string>,
      run: "Run due jobs now",
      demoClock: "Demo clock (Taipei time)",
      set: "Set",
      figures: "Supply and orders",
      bars: { supply: "Supply (packs)", orders: "Orders", selected: "Drawn", paid: "Paid", pickedUp: "Picked up" },
      table: { round: "Round", orders: "Orders", closed: "Closed", drawn: "Drawn", lapsed: "Lapsed", ledger: "Ledger", forfeited: "Forfeited" },
      done: "Done",
      notYet: "Not yet",
    },
    audit: {
      title: "Audit log",
      filter: "Action starts with",
      submit: "Filter",
      time: "Time (Taipei)",
      staff: "Staff",
      action: "Action",
      target: "Target",
      details: "Details",
    },
  },
});
