/**
 * I5/I10: each failed condition is named, explained, and (on the page) followed by the help
 * line and the way that still works (the device code). Shared by the API's errors and the page.
 */
import { AppError, type ErrorKind } from "@/lib/errors";
import { defineMessages } from "@/lib/i18n/define";
import type { PhoneRefusal } from "@/lib/rules";

type Refusal = { condition: string; detail: string };

export const phoneRefusalTexts = defineMessages<{ prefix: string; refusals: Record<PhoneRefusal, Refusal> }>({
  "zh-TW": {
    prefix: "未符合條件",
    refusals: {
      INVALID_ID_NUMBER: { condition: "有效的身分證字號", detail: "身分證字號的格式或檢查碼不正確，請再確認。" },
      FOREIGNER_NOT_ALLOWED: {
        condition: "須為本國籍人士",
        detail: "手機門號快速認證限本國籍人士使用。外籍人士請先用電腦以健保卡註冊（或臨櫃註冊），再用裝置碼綁定手機。",
      },
      PHONE_WIFI_ON: { condition: "須關閉 Wi-Fi，使用行動網路（4G）", detail: "這支手機正在使用 Wi-Fi。請關閉 Wi-Fi，改用本人門號的行動數據後再試。" },
      PHONE_NOT_OWN_NUMBER: {
        condition: "須為本人名義申辦的門號",
        detail: "電信業者無法確認這個門號是以您輸入的身分證字號申辦。請確認身分證字號；若不是本人門號，請改用裝置碼認證。",
      },
      PHONE_TERMINATED: { condition: "門號不得已退租", detail: "這個門號已退租，無法用來認證。" },
      PHONE_REPORTED_LOST: { condition: "門號不得已掛失", detail: "這個門號已掛失，無法用來認證。" },
      PHONE_COMPANY_NUMBER: { condition: "不得為公司門號", detail: "公司門號（公務機）無法用來認證，請改用裝置碼認證。" },
      PHONE_PREPAID: { condition: "須為月租型門號（非預付卡）", detail: "預付卡門號無法用來認證，請改用裝置碼認證。" },
    },
  },
  en: {
    prefix: "Condition not met",
    refusals: {
      INVALID_ID_NUMBER: { condition: "a valid ID number", detail: "The ID number's format or check digit is wrong. Please check it." },
      FOREIGNER_NOT_ALLOWED: {
        condition: "nationals only",
        detail: "Phone quick verification is for nationals only. Foreign residents register with their NHI card on a computer (or at a counter), then bind the phone with a device code.",
      },
      PHONE_WIFI_ON: { condition: "Wi-Fi off, on mobile data (4G)", detail: "This phone is on Wi-Fi. Turn Wi-Fi off and use your own number's mobile data, then try again." },
      PHONE_NOT_OWN_NUMBER: {
        condition: "a number registered in your own name",
        detail: "The telecom operator could not confirm that this number is registered to the ID number you typed. Check the ID number; if it is not your own number, use the device code instead.",
      },
      PHONE_TERMINATED: { condition: "a number still in service", detail: "This number has been terminated and cannot be used." },
      PHONE_REPORTED_LOST: { condition: "a number not reported lost", detail: "This number has been reported lost and cannot be used." },
      PHONE_COMPANY_NUMBER: { condition: "not a company number", detail: "A company phone cannot be used. Use the device code instead." },
      PHONE_PREPAID: { condition: "a monthly plan (not prepaid)", detail: "A prepaid number cannot be used. Use the device code instead." },
    },
  },
});

const KIND: Record<PhoneRefusal, ErrorKind> = {
  INVALID_ID_NUMBER: "VALIDATION",
  FOREIGNER_NOT_ALLOWED: "FORBIDDEN",
  PHONE_WIFI_ON: "FORBIDDEN",
  PHONE_NOT_OWN_NUMBER: "FORBIDDEN",
  PHONE_TERMINATED: "FORBIDDEN",
  PHONE_REPORTED_LOST: "FORBIDDEN",
  PHONE_COMPANY_NUMBER: "FORBIDDEN",
  PHONE_PREPAID: "FORBIDDEN",
};

/** "未符合條件：須為月租型門號（非預付卡）。預付卡門號無法…" — the condition first, then why. */
export function refusalMessage(t: { prefix: string; refusals: Record<PhoneRefusal, Refusal> }, code: PhoneRefusal, locale: "zh-TW" | "en"): string {
  const r = t.refusals[code];
  return locale === "en" ? `${t.prefix}: ${r.condition}. ${r.detail}` : `${t.prefix}：${r.condition}。${r.detail}`;
}

export function phoneRefusal(code: PhoneRefusal): AppError {
  return new AppError(code, KIND[code], {
    "zh-TW": refusalMessage(phoneRefusalTexts["zh-TW"], code, "zh-TW"),
    en: refusalMessage(phoneRefusalTexts.en, code, "en"),
  });
}
