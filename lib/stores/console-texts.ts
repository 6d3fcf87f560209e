import { defineMessages } from "@/lib/i18n/define";
import type { StoreCsvColumn, StoreCsvErrorCode } from "./store-csv";

/** Issue 10 item 2: the console's stores and supply page. */
export const storeConsoleTexts = defineMessages({
  "zh-TW": {
    title: "門市與配量",
    round: "輪次",
    show: "顯示",
    noRound: "尚無輪次：請先新增輪次。",
    import: {
      heading: "匯入門市（CSV）",
      intro: "第一行為欄位名稱，依序為：",
      centreHint: "物流中心可填名稱，或其區域 north、central、south、east。已存在的門市代號會更新該門市。任何一行有誤時，整個檔案都不會匯入。",
      file: "CSV 檔案（UTF-8）",
      submit: "匯入",
      busy: "匯入中…",
      done: (created: number, updated: number) => `已匯入：新增 ${created} 家，更新 ${updated} 家。`,
      refused: (n: number) => `檔案有 ${n} 個問題，未匯入任何門市：`,
      line: (line: number, column: string | undefined, message: string) => `第 ${line} 行${column ? `（${column}）` : ""}：${message}`,
      codes: {
        EMPTY: "檔案沒有資料。", PARSE: "CSV 格式錯誤（例如引號未成對）。", HEADER: "欄位名稱或順序不符。", COLUMNS: "欄位數目不符。",
        TOO_MANY: "資料超過 20,000 行，請分批匯入。", REQUIRED: "必填。", TOO_LONG: "太長。", BAD_CODE: "門市代號只能有英數字與連字號（最多 16 字）。",
        BAD_CHAIN: "通路須為 7-ELEVEN、FAMILYMART、HILIFE 或 OKMART。", BAD_POSTAL: "郵遞區號須為 3、5 或 6 位數字。",
        UNKNOWN_CENTRE: "此通路沒有這個物流中心。", DUPLICATE: "門市代號在檔案中重複。",
      } satisfies Record<StoreCsvErrorCode, string>,
      noFile: "請選擇 CSV 檔案。",
      tooBig: "檔案太大（上限 4 MB）。",
    },
    supply: {
      heading: "單一門市配量",
      store: "門市代號",
      packs: "配量（包，每包 3 片）",
      submit: "設定配量",
      done: "配量已設定。",
    },
    spread: {
      heading: "依通路分配",
      intro: "將通路的總配量平均分配給其營業中的門市（餘數依門市代號順序各加 1 包），並取代這些門市原有的配量。",
      chain: "通路",
      packs: "通路總配量（包）",
      submit: "分配",
      done: (stores: number) => `已分配給 ${stores} 家門市。`,
    },
    errors: {
      VALIDATION: "請確認輸入的內容。", SUPPLY_FROZEN: "此輪次已截止訂購，配量不能再變更（抽籤以此為準）。",
      ROUND_NOT_FOUND: "查無此輪次。", STORE_NOT_FOUND: "查無此門市代號。", CHAIN_HAS_NO_STORES: "此通路沒有營業中的門市。",
    } as Record<string, string>,
    overview: { heading: "各通路配量與需求", chain: "通路", stores: "門市數", supply: "配量（包）", demand: "訂單" },
    over: {
      heading: "需求超過配量的門市",
      intro: "這些門市的訂單多於配量，截止後須抽籤（R2）。依超出數排序。",
      none: "目前沒有需求超過配量的門市。",
      more: (shown: number, total: number) => `顯示 ${shown} 家，共 ${total} 家。`,
      store: "門市", place: "地區", supply: "配量", demand: "訂單", excess: "超出",
    },
  },
  en: {
    title: "Stores & supply",
    round: "Round",
    show: "Show",
    noRound: "No rounds yet: create a round first.",
    import: {
      heading: "Import stores (CSV)",
      intro: "The first line names the columns, in this order:",
      centreHint: "The logistics centre may be its name or its region: north, central, south, east. A known store code updates that store. If any line is wrong, nothing in the file is imported.",
      file: "CSV file (UTF-8)",
      submit: "Import",
      busy: "Importing…",
      done: (created: number, updated: number) => `Imported: ${created} new stores, ${updated} updated.`,
      refused: (n: number) => `The file has ${n} problem(s); no store was imported:`,
      line: (line: number, column: string | undefined, message: string) => `Line ${line}${column ? ` (${column})` : ""}: ${message}`,
      codes: {
        EMPTY: "The file has no data.", PARSE: "Not valid CSV (an unclosed quote, for example).", HEADER: "The column names or their order do not match.", COLUMNS: "Wrong number of columns.",
        TOO_MANY: "More than 20,000 lines: import in parts.", REQUIRED: "Required.", TOO_LONG: "Too long.", BAD_CODE: "A store code has only letters, digits and hyphens (16 at most).",
        BAD_CHAIN: "The chain must be 7-ELEVEN, FAMILYMART, HILIFE or OKMART.", BAD_POSTAL: "A postal code has 3, 5 or 6 digits.",
        UNKNOWN_CENTRE: "This chain has no such logistics centre.", DUPLICATE: "This store code appears twice in the file.",
      },
      noFile: "Choose a CSV file.",
      tooBig: "The file is too large (4 MB at most).",
    },
    supply: {
      heading: "Supply for one store",
      store: "Store code",
      packs: "Supply (packs of 3)",
      submit: "Set supply",
      done: "Supply set.",
    },
    spread: {
      heading: "Spread a chain's allocation",
      intro: "Spreads the chain's total evenly over its active stores (the remainder one pack each, in store-code order), replacing their earlier supply.",
      chain: "Chain",
      packs: "Chain total (packs)",
      submit: "Spread",
      done: (stores: number) => `Spread over ${stores} stores.`,
    },
    errors: {
      VALIDATION: "Check what you entered.", SUPPLY_FROZEN: "Ordering has closed for this round: its supply can no longer change (the draw relies on it).",
      ROUND_NOT_FOUND: "No such round.", STORE_NOT_FOUND: "No store has this code.", CHAIN_HAS_NO_STORES: "This chain has no active stores.",
    },
    overview: { heading: "Supply and demand by chain", chain: "Chain", stores: "Stores", supply: "Supply (packs)", demand: "Orders" },
    over: {
      heading: "Stores where demand exceeds supply",
      intro: "These stores have more orders than packs: a draw will decide after closing (R2). Worst first.",
      none: "No store's demand exceeds its supply now.",
      more: (shown: number, total: number) => `${shown} shown of ${total}.`,
      store: "Store", place: "Area", supply: "Supply", demand: "Orders", excess: "Over",
    },
  },
});
export type StoreConsoleTexts = (typeof storeConsoleTexts)["zh-TW"];
export type CsvColumnName = StoreCsvColumn;
