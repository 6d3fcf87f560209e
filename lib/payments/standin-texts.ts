import { defineMessages } from "@/lib/i18n/define";
import type { Locale } from "@/lib/i18n/locale";
import { ownEntry } from "@/lib/http/page-params";

/**
 * The stand-in payment pages (/standins/atm, /standins/gateway/<id>), demo only: one language at a
 * time, as every other page (issue 9 item 8). Error codes arrive in `?error=` — from the ATM form's
 * own check or from the gateway callback (lib/payments/errors.ts, lib/http/error-body.ts) — and are
 * shown as sentences, never as the code.
 */
export type AtmField = "account" | "amount";
export type PaymentStatusName = "PENDING" | "SUCCEEDED" | "FAILED" | "EXPIRED";

type ErrorCode =
  | "ACCOUNT_FORMAT" | "AMOUNT_FORMAT" | "VALIDATION" | "UNKNOWN_PAYMENT" | "WRONG_AMOUNT" | "LATE_PAYMENT" | "NOT_PAYABLE"
  | "BAD_SIGNATURE" | "RATE_LIMITED" | "INTERNAL" | "UNKNOWN";

export const standinTexts = defineMessages<{
  atmBanner: string;
  atmTitle: string;
  account: string;
  accountHint: string;
  amount: string;
  transfer: string;
  done: string;
  gatewayBanner: string;
  cardTitle: string;
  bankingTitle: string;
  amountLine: (amount: string) => string;
  pay: (amount: string) => string;
  statusLine: (status: string) => string;
  statuses: Record<PaymentStatusName, string>;
  errors: Record<ErrorCode, string>;
}>({
  "zh-TW": {
    atmBanner: "示範用模擬 ATM（不會轉出真正的錢）",
    atmTitle: "ATM 轉帳",
    account: "轉入帳號（含銀行代碼）",
    accountHint: "繳費通知上的銀行代碼 3 碼加上虛擬帳號，只填數字。",
    amount: "金額（元）",
    transfer: "轉帳",
    done: "轉帳成功",
    gatewayBanner: "示範用模擬金流（不會扣真正的款項）",
    cardTitle: "信用卡付款",
    bankingTitle: "網路銀行付款",
    amountLine: (amount) => `金額：${amount}`,
    pay: (amount) => `確認付款 ${amount}`,
    statusLine: (status) => `此筆付款狀態：${status}`,
    statuses: { PENDING: "等待付款", SUCCEEDED: "已付款", FAILED: "付款失敗", EXPIRED: "已逾期失效" },
    errors: {
      ACCOUNT_FORMAT: "請輸入轉入帳號：10 到 20 位數字（含銀行代碼）",
      AMOUNT_FORMAT: "請輸入轉帳金額：1 到 100,000 元的整數",
      VALIDATION: "轉帳資料格式不正確，請檢查帳號和金額",
      UNKNOWN_PAYMENT: "查無這個轉入帳號的待繳款項，請對照繳費通知上的帳號",
      WRONG_AMOUNT: "金額與應繳金額不符，請輸入繳費通知上的金額",
      LATE_PAYMENT: "已超過繳費期限，無法付款",
      NOT_PAYABLE: "這筆訂單目前不需要繳費",
      BAD_SIGNATURE: "付款通知未通過驗證，請稍後再試",
      RATE_LIMITED: "嘗試次數太多，請稍後再試",
      INTERNAL: "系統發生錯誤，請稍後再試",
      UNKNOWN: "付款沒有完成，請稍後再試",
    },
  },
  en: {
    atmBanner: "Demo ATM (stand-in: no real money moves)",
    atmTitle: "ATM transfer",
    account: "Account to pay into (with bank code)",
    accountHint: "The 3-digit bank code, then the virtual account from the payment notice: digits only.",
    amount: "Amount (NT$)",
    transfer: "Transfer",
    done: "Transfer done",
    gatewayBanner: "Demo payment gateway (stand-in: nothing is charged)",
    cardTitle: "Card payment",
    bankingTitle: "Online banking",
    amountLine: (amount) => `Amount: ${amount}`,
    pay: (amount) => `Pay ${amount}`,
    statusLine: (status) => `Status of this payment: ${status}`,
    statuses: { PENDING: "Awaiting payment", SUCCEEDED: "Paid", FAILED: "Failed", EXPIRED: "Expired" },
    errors: {
      ACCOUNT_FORMAT: "Enter the account to pay into: 10 to 20 digits, with the bank code",
      AMOUNT_FORMAT: "Enter the amount: a whole number of NT$ from 1 to 100,000",
      VALIDATION: "The transfer's details are not valid: check the account and the amount",
      UNKNOWN_PAYMENT: "No payment is due to this account: check it against the payment notice",
      WRONG_AMOUNT: "The amount is not the amount due: enter the amount on the payment notice",
      LATE_PAYMENT: "The payment deadline has passed: this order can no longer be paid",
      NOT_PAYABLE: "This order is not awaiting payment",
      BAD_SIGNATURE: "The payment notice could not be verified: try again later",
      RATE_LIMITED: "Too many attempts: try again later",
      INTERNAL: "Something went wrong on our side: try again later",
      UNKNOWN: "The payment did not go through: try again later",
    },
  },
});

/** Which ATM field an error belongs to; the others are about the transfer as a whole. */
const ATM_FIELD: Readonly<Record<string, AtmField>> = {
  ACCOUNT_FORMAT: "account",
  UNKNOWN_PAYMENT: "account",
  AMOUNT_FORMAT: "amount",
  WRONG_AMOUNT: "amount",
};

/**
 * `?error=CODE` → the sentence to show and the field it belongs to (if any). Only the tables' own
 * keys count (`?error=__proto__` is an unknown code); an unknown code is the generic failure.
 */
export function standinError(locale: Locale, code: string | null | undefined): { message: string; field: AtmField | null } | null {
  if (!code) return null;
  const errors = standinTexts[locale].errors;
  return { message: ownEntry(errors, code) ?? errors.UNKNOWN, field: ownEntry(ATM_FIELD, code) ?? null };
}

/** A payment's status as a word, not the enum. */
export function paymentStatusName(locale: Locale, status: PaymentStatusName): string {
  return standinTexts[locale].statuses[status];
}
