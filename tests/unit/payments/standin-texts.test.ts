import { describe, expect, it } from "vitest";
import { paymentStatusName, standinError, standinTexts } from "@/lib/payments/standin-texts";
import { smsInboxTexts } from "@/lib/notices/inbox-texts";
import { LOCALES } from "@/lib/i18n/locale";

const HAN = /\p{Script=Han}/u;

/** Every string in a texts object (functions called with a sample), to check a language's words. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String(value("NT$22"))];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("issue 9 item 8: the stand-in pages speak one language", () => {
  it("a known ?error code is a sentence in the page's language, tied to its ATM field when it has one", () => {
    expect(standinError("zh-TW", "WRONG_AMOUNT")).toEqual({ message: "金額與應繳金額不符，請輸入繳費通知上的金額", field: "amount" });
    expect(standinError("en", "WRONG_AMOUNT")).toEqual({ message: "The amount is not the amount due: enter the amount on the payment notice", field: "amount" });
    expect(standinError("en", "ACCOUNT_FORMAT")).toMatchObject({ field: "account", message: expect.stringMatching(/^Enter the account/) });
    expect(standinError("en", "AMOUNT_FORMAT")).toMatchObject({ field: "amount" });
    expect(standinError("zh-TW", "UNKNOWN_PAYMENT")).toMatchObject({ field: "account", message: expect.stringContaining("查無") });
    expect(standinError("en", "LATE_PAYMENT")).toEqual({ message: "The payment deadline has passed: this order can no longer be paid", field: null });
    expect(standinError("zh-TW", "VALIDATION")).toEqual({ message: "轉帳資料格式不正確，請檢查帳號和金額", field: null });
  });

  it("an unknown or inherited code (?error=__proto__) is the generic failure, never the code or Object.prototype", () => {
    for (const locale of LOCALES) {
      for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty", "NOPE", "<b>x</b>"]) {
        const e = standinError(locale, code);
        expect(e).toEqual({ message: standinTexts[locale].errors.UNKNOWN, field: null });
        expect(typeof e!.message).toBe("string");
      }
      expect(standinError(locale, "")).toBeNull();
      expect(standinError(locale, undefined)).toBeNull();
    }
  });

  it("a payment's status is a word in the page's language, not the enum", () => {
    expect(paymentStatusName("zh-TW", "EXPIRED")).toBe("已逾期失效");
    expect(paymentStatusName("en", "SUCCEEDED")).toBe("Paid");
    for (const locale of LOCALES) for (const s of ["PENDING", "SUCCEEDED", "FAILED", "EXPIRED"] as const) expect(paymentStatusName(locale, s)).not.toBe(s);
  });

  it("English texts carry no Chinese, Chinese texts no English sentence (the old side-by-side labels are gone)", () => {
    for (const texts of [standinTexts, smsInboxTexts]) {
      for (const s of strings(texts.en)) expect(s, s).not.toMatch(HAN);
      for (const s of strings(texts["zh-TW"])) {
        expect(s, s).toMatch(HAN);
        expect(s, s).not.toMatch(/[A-Za-z]{4,}/); // "ATM" is a word in Chinese too; "Transfer", "Demo" are not
      }
    }
  });
});
