import { defineMessages } from "@/lib/i18n/define";
import type { RoundErrorCode, RoundField } from "./round-rules";

/** Issue 10 item 1: the console's round pages. */
export const roundConsoleTexts = defineMessages({
  "zh-TW": {
    listTitle: "輪次",
    create: "新增輪次",
    newTitle: "新增輪次",
    editTitle: (name: string) => `編輯輪次：${name}`,
    edit: "編輯",
    none: "尚無輪次。",
    opened: "已開放訂購：訂單所依據的條件與日期不能再變更，只能修改名稱。",
    save: "儲存",
    saving: "儲存中…",
    saved: "輪次已儲存。",
    commitment: "抽籤承諾值（SHA-256，建立時由系統產生並公開，不可修改）",
    commitmentLater: "建立後由系統產生。",
    calendar: "日程（臺北時間）",
    terms: "商品與價格",
    products: { ADULT_MASK: "成人口罩" },
    fields: {
      name: "名稱", product: "商品", masksPerOrder: "每筆訂單片數", unitPrice: "每片單價（元）", fee: "物流及金流手續費（元）",
      adultAge: "成人年齡（歲）", orderOpensOn: "開放訂購日", orderOpensTime: "開放訂購時間", orderClosesOn: "截止訂購日",
      resultsOn: "公布抽籤結果日", paymentDeadline: "繳費截止日", pickupStart: "取貨開始日", pickupEnd: "取貨結束日",
    } satisfies Record<RoundField, string>,
    hints: { orderOpensTime: "例如 09:00", adultAge: "未滿此年齡者不能訂購成人口罩（O1）" } as Partial<Record<RoundField, string>>,
    error: (code: RoundErrorCode, field: string, other: string) =>
      ({
        INVALID: `請輸入正確的${field}。`,
        BEFORE: `${field}不能早於${other}。`,
        NOT_AFTER: `${field}必須晚於${other}。`,
        IN_PAST: `${field}必須在未來：輪次不能回溯開放。`,
        LOCKED: `已開放訂購，${field}不能再變更。`,
      })[code],
    errors: { ROUND_NAME_TAKEN: "已有同名的輪次。", ROUND_NOT_FOUND: "查無此輪次。" } as Record<string, string>,
    phase: { upcoming: "尚未開放", open: "已開放訂購" },
  },
  en: {
    listTitle: "Rounds",
    create: "New round",
    newTitle: "New round",
    editTitle: (name: string) => `Edit round: ${name}`,
    edit: "Edit",
    none: "No rounds yet.",
    opened: "Ordering has opened: the terms and dates orders rely on can no longer change; only the name can.",
    save: "Save",
    saving: "Saving…",
    saved: "The round was saved.",
    commitment: "Draw commitment (SHA-256, made and published by the system at creation; cannot be edited)",
    commitmentLater: "Made by the system when the round is created.",
    calendar: "Calendar (Taipei time)",
    terms: "Product and price",
    products: { ADULT_MASK: "Adult masks" },
    fields: {
      name: "Name", product: "Product", masksPerOrder: "Masks per order", unitPrice: "Price per mask (NTD)", fee: "Logistics and transfer fee (NTD)",
      adultAge: "Adult age (years)", orderOpensOn: "Ordering opens on", orderOpensTime: "Ordering opens at", orderClosesOn: "Ordering closes on",
      resultsOn: "Draw results on", paymentDeadline: "Payment deadline", pickupStart: "Pickup starts on", pickupEnd: "Pickup ends on",
    },
    hints: { orderOpensTime: "For example 09:00", adultAge: "Younger people cannot order adult masks (O1)" },
    error: (code: RoundErrorCode, field: string, other: string) =>
      ({
        INVALID: `Enter a valid value for “${field}”.`,
        BEFORE: `“${field}” cannot be before “${other}”.`,
        NOT_AFTER: `“${field}” must be after “${other}”.`,
        IN_PAST: `“${field}” must be in the future: a round cannot open retroactively.`,
        LOCKED: `Ordering has opened: “${field}” can no longer change.`,
      })[code],
    errors: { ROUND_NAME_TAKEN: "A round with this name exists.", ROUND_NOT_FOUND: "No such round." },
    phase: { upcoming: "Not open yet", open: "Ordering opened" },
  },
});
export type RoundConsoleTexts = (typeof roundConsoleTexts)["zh-TW"];

/** What the round form (a client component) shows: plain strings only — no function reaches a client. */
export type RoundFormTexts = Pick<RoundConsoleTexts, "fields" | "hints" | "products" | "terms" | "calendar" | "save" | "saving">;
export const roundFormTexts = (t: RoundConsoleTexts): RoundFormTexts => ({ fields: t.fields, hints: t.hints, products: t.products, terms: t.terms, calendar: t.calendar, save: t.save, saving: t.saving });
