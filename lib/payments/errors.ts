import { AppError } from "@/lib/errors";

export const paymentErrors = {
  orderNotFound: () => new AppError("ORDER_NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到這筆訂單。", en: "Order not found." }),
  notPayable: () =>
    new AppError("NOT_PAYABLE", "CONFLICT", { "zh-TW": "這筆訂單目前不需要繳費。", en: "This order is not awaiting payment." }),
  methodNotAllowed: () =>
    new AppError("METHOD_NOT_ALLOWED", "FORBIDDEN", {
      "zh-TW": "手機 App 訂購的訂單只能用 ATM 轉帳繳費。",
      en: "Orders placed in the phone app can only be paid by ATM transfer.",
    }),
  badSignature: () =>
    new AppError("BAD_SIGNATURE", "UNAUTHENTICATED", { "zh-TW": "付款通知簽章錯誤。", en: "The payment callback's signature is wrong." }),
  unknownPayment: () => new AppError("UNKNOWN_PAYMENT", "NOT_FOUND", { "zh-TW": "查無此筆付款。", en: "Unknown payment." }),
  wrongAmount: (expected: number) =>
    new AppError("WRONG_AMOUNT", "CONFLICT", { "zh-TW": `金額不符，應繳 ${expected} 元。`, en: `Wrong amount: NT$${expected} is due.` }, { expected }),
  latePayment: (deadline: string) =>
    new AppError("LATE_PAYMENT", "CONFLICT", { "zh-TW": `已超過繳費期限 ${deadline}。`, en: `The payment deadline, ${deadline}, has passed.` }, { deadline }),
};
