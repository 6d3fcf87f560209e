/**
 * Traditional Chinese (the default). This dictionary defines the shape: `Messages` is its type,
 * so the English one must have exactly the same keys (TypeScript reports any missing or extra).
 * Texts that embed values are functions, so every placeholder is typed; callers pass values
 * already formatted for the locale (lib/i18n/format.ts). Wording follows the NHIA Q&A of 2020-03-11.
 */
export const zhTW = {
  meta: {
    siteName: "口罩實名制 2.0 網路預購",
    description:
      "網路預購成人口罩：每 7 天可購買 3 片，到四大超商取貨。查看本輪的預購、繳費與取貨時程。",
  },
  shell: {
    productName: "口罩實名制 2.0 網路預購",
    skipToContent: "跳到主要內容",
    languageSwitch: "切換語言",
    helpHeading: "身分認證或預購遇到問題？",
    helpIntro: "請撥健保署諮詢服務專線，將有專人協助：",
    noAreaCode: "（免加區域碼）",
    fromMobile: "手機請撥",
    source: "規則依據：衛生福利部中央健康保險署〈口罩實名制 2.0 版 QA〉（109.3.11）。",
  },
  phase: {
    label: "目前階段：",
    upcoming: "尚未開放預購",
    ordering: "開放預購中",
    drawing: "預購已截止，抽籤作業中",
    payment: "已公布抽籤結果，繳費期間",
    "awaiting-pickup": "繳費已截止，等待取貨",
    pickup: "超商取貨期間",
    ended: "本輪已結束",
  },
  home: {
    heading: "網路預購成人口罩",
    lead: "上班族或沒時間排隊的民眾，可以在網路上預購成人口罩，再到超商取貨。",
    cta: { start: "開始預購", verify: "如何驗證身分" },
    timeline: {
      heading: "本輪時程",
      status: { done: "已完成", current: "進行中", upcoming: "尚未開始" },
      order: {
        title: "上網預購",
        when: (opens: string, time: string, closes: string) => `${opens} ${time} 起至 ${closes}`,
        detail: "完成身分認證後，選擇取貨的超商門市並送出預購。",
      },
      payment: {
        title: "公布抽籤結果與繳費",
        when: (results: string, deadline: string) => `${results} 公布，繳費至 ${deadline}`,
        detail:
          "中籤者會收到繳費通知簡訊，可用網路銀行、信用卡或 ATM 轉帳繳費（手機訂購僅限 ATM 轉帳）。逾期未繳視同未購買。",
      },
      pickup: {
        title: "超商取貨",
        when: (start: string, end: string) => `${start} 至 ${end}`,
        detail: (start: string) =>
          `取貨首日 ${start} 是「7 天購買 1 次」的起算日。期限內未取貨視為放棄。`,
      },
    },
    offer: {
      heading: "每筆訂單",
      masks: (count: number) => `成人口罩 ${count} 片`,
      goods: (count: number, unitPrice: string) => `口罩 ${count} 片 × ${unitPrice}`,
      fee: "物流處理費及轉帳手續費",
      total: "合計",
      note: "每筆訂單各自計算費用，無法合併訂單。",
    },
    rules: {
      heading: "預購須知",
      noOddEven: {
        title: "不受單雙號限制",
        body: "網路預購不受身分證末碼單雙號分流的限制。",
      },
      sevenDays: {
        title: "7 天限購 1 次",
        body: "藥局購買與網路預購合併計算：每 7 天可購買 1 次（成人口罩 3 片），不能重複購買。",
      },
      countFrom: {
        title: "從取貨首日起算",
        body: (start: string, next: string) =>
          `不論哪一天取貨，網路預購一律以取貨首日 ${start} 為購買日，下次可購買日為 ${next}。`,
      },
      adultOnly: {
        title: "僅限成人口罩",
        body: "網路預購只供應成人口罩，不能購買兒童口罩，也不能以兒童身分購買成人口罩。",
      },
      pickup: {
        title: "取貨與代領",
        body: "可在 7-ELEVEN、全家、萊爾富、OK 超商取貨，請攜帶身分證、健保卡或駕照其中一種。可以代領：帶訂購人本人的證件即可。",
      },
    },
    noRound: {
      heading: "目前沒有排定的預購",
      body: "下一輪的時程確定後會公布在這裡。這段期間仍可依「7 天購買 1 次」的原則到藥局購買。",
    },
  },
  notFound: { title: "找不到這個頁面", body: "網址可能有誤，或這個頁面已經移除。", home: "回首頁" },
  error: {
    title: "系統暫時發生問題",
    body: "請稍後再試一次。問題持續的話，請撥打頁尾的諮詢服務專線。",
    retry: "再試一次",
    home: "回首頁",
  },
};

/** The shape every dictionary must have (see ../messages.ts). */
export type Messages = typeof zhTW;
