import { AppError } from "@/lib/errors";

/**
 * Issue 7 item 1: refusals of the operator's assertion and of the nonce. One answer for an
 * unknown, used, expired or other browser's nonce, so the nonce table tells a caller nothing.
 */
export const phoneErrors = {
  assertionInvalid: () =>
    new AppError("PHONE_ASSERTION_INVALID", "UNAUTHENTICATED", {
      "zh-TW": "無法確認電信業者的回覆，請重新開始認證。",
      en: "The telecom operator's answer could not be confirmed. Please start again.",
    }),
  assertionExpired: () =>
    new AppError("PHONE_ASSERTION_EXPIRED", "UNAUTHENTICATED", {
      "zh-TW": "電信業者的確認已逾時，請重新開始認證。",
      en: "The telecom operator's confirmation has expired. Please start again.",
    }),
  nonceInvalid: () =>
    new AppError("PHONE_NONCE_INVALID", "UNAUTHENTICATED", {
      "zh-TW": "這次認證已失效或已使用，請重新開始認證。",
      en: "This verification has expired or was already used. Please start again.",
    }),
};
