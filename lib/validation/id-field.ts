// Straight from its module: the rules index also holds the draw (node:crypto), which must not reach a browser bundle.
import { checkIdNumber } from "@/lib/rules/id-number";
import { defineMessages } from "@/lib/i18n/define";
import type { Locale } from "@/lib/i18n/locale";

/**
 * The ID-number field's own check, run before any other step of a form (issue 9 item 2): empty,
 * wrong shape, or wrong check digit (I2) — each with a message that says what to do, in the page's
 * language. Pure; used by the forms in the browser and by their no-JavaScript posts on the server.
 */
export type IdProblem = "ID_MISSING" | "ID_FORMAT" | "ID_CHECKSUM";

export function idNumberProblem(input: string | null | undefined): IdProblem | null {
  if (!input || !input.normalize("NFKC").trim()) return "ID_MISSING";
  const check = checkIdNumber(input);
  return check.ok ? null : check.code === "CHECKSUM" ? "ID_CHECKSUM" : "ID_FORMAT";
}

export const fieldMessages = defineMessages({
  "zh-TW": {
    ID_MISSING: "請輸入身分證字號或居留證號",
    ID_FORMAT: "請輸入 1 個英文字母加 9 個數字，例如 A123456789（居留證號第 2 碼可能是英文字母）",
    ID_CHECKSUM: "這個號碼的檢查碼不對，請逐字核對證件上的號碼",
    PASSWORD_MISSING: "請輸入密碼",
  },
  en: {
    ID_MISSING: "Enter your ID or resident certificate number",
    ID_FORMAT: "Enter 1 letter and 9 digits, like A123456789 (a resident number's second character may be a letter)",
    ID_CHECKSUM: "This number's check digit is wrong: check each character against your card",
    PASSWORD_MISSING: "Enter your password",
  },
});
export type FieldMessageCode = keyof (typeof fieldMessages)["en"];

export const isFieldMessageCode = (code: string | null | undefined): code is FieldMessageCode =>
  !!code && Object.hasOwn(fieldMessages.en, code);

export const fieldMessage = (code: FieldMessageCode, locale: Locale) => fieldMessages[locale][code];
