/**
 * Every refusal of the certificate path (I4), each with its own stable code and a message that says
 * which condition failed (I10). None reveals a secret: ID_MISMATCH says neither the certificate's
 * 4 digits nor whether the typed ID number exists.
 */
import { AppError, type Bilingual, type ErrorKind } from "@/lib/errors";

const e = (code: string, kind: ErrorKind, text: Bilingual, details?: Record<string, unknown>) => new AppError(code, kind, text, details);

export const certErrors = {
  idNumberInvalid: () =>
    e("ID_NUMBER_INVALID", "VALIDATION", {
      "zh-TW": "身分證統一編號的格式或檢查碼不正確，請再確認一次。",
      en: "The ID number's format or check digit is not valid. Please check it.",
    }),
  foreigner: () =>
    e("FOREIGNER_NOT_ALLOWED", "FORBIDDEN", {
      "zh-TW": "自然人憑證僅限本國人使用。外籍人士請改用健保卡網路註冊（需讀卡機）或到健保署服務窗口臨櫃註冊，再綁定手機裝置碼。",
      en: "The citizen digital certificate is for Taiwanese nationals only. Foreign residents can register with their NHI card on a computer, or at an NHIA service counter, and then bind their phone with a device code.",
    }),
  challengeUnknown: () =>
    e("CHALLENGE_UNKNOWN", "UNAUTHENTICATED", {
      "zh-TW": "找不到這次的驗證請求，請重新操作一次。",
      en: "This sign-in request is not known. Please start again.",
    }),
  challengeExpired: () =>
    e("CHALLENGE_EXPIRED", "UNAUTHENTICATED", {
      "zh-TW": "驗證請求已逾時（有效 2 分鐘），請重新操作一次。",
      en: "The sign-in request expired (it lasts 2 minutes). Please start again.",
    }),
  challengeUsed: () =>
    e("CHALLENGE_USED", "UNAUTHENTICATED", {
      "zh-TW": "這次的驗證請求已經使用過，不能重複使用，請重新操作一次。",
      en: "This sign-in request has already been used and cannot be reused. Please start again.",
    }),
  badSignature: () =>
    e("BAD_SIGNATURE", "UNAUTHENTICATED", {
      "zh-TW": "憑證簽章驗證失敗：簽章無效或內容遭到竄改。請重新操作一次。",
      en: "The certificate signature did not verify: it is invalid or the content was altered. Please start again.",
    }),
  untrustedCa: () =>
    e("UNTRUSTED_CA", "UNAUTHENTICATED", {
      "zh-TW": "這張憑證不是由內政部憑證管理中心（MOICA）簽發，不能用來登入。",
      en: "This certificate was not issued by the Ministry of the Interior Certification Authority (MOICA) and cannot be used.",
    }),
  certExpired: () =>
    e("CERT_EXPIRED", "UNAUTHENTICATED", {
      "zh-TW": "您的自然人憑證已過期。請到戶政事務所辦理展期或重新申請。",
      en: "Your citizen digital certificate has expired. Please renew it at a household registration office.",
    }),
  certNotYetValid: () =>
    e("CERT_NOT_YET_VALID", "UNAUTHENTICATED", {
      "zh-TW": "您的自然人憑證尚未生效，請於生效日後再試。",
      en: "Your citizen digital certificate is not valid yet. Please try again once it takes effect.",
    }),
  certRevoked: () =>
    e("CERT_REVOKED", "UNAUTHENTICATED", {
      "zh-TW": "您的自然人憑證已被廢止，不能再使用。請到戶政事務所重新申請。",
      en: "Your citizen digital certificate has been revoked and can no longer be used. Please apply for a new one at a household registration office.",
    }),
  revocationUnavailable: () =>
    e("REVOCATION_UNAVAILABLE", "UNAVAILABLE", {
      "zh-TW": "目前無法確認憑證是否已被廢止，為了安全暫不受理，請稍後再試。",
      en: "We cannot check right now whether the certificate has been revoked, so it is not accepted. Please try again later.",
    }),
  idMismatch: () =>
    e("ID_MISMATCH", "UNAUTHENTICATED", {
      "zh-TW": "輸入的身分證統一編號與讀卡機中的憑證不符。請確認號碼是否正確，以及插入的是否為本人的卡片。",
      en: "The ID number you typed does not match the certificate in the reader. Please check the number and that the card is your own.",
    }),
  trustUnavailable: () =>
    e("CERT_SERVICE_UNAVAILABLE", "UNAVAILABLE", {
      "zh-TW": "自然人憑證驗證服務暫時無法使用，請稍後再試或改用其他驗證方式。",
      en: "Certificate verification is unavailable right now. Please try again later or use another way to verify.",
    }),
  // The local signing component (stand-in) and the card.
  cardNotFound: () =>
    e("CARD_NOT_FOUND", "NOT_FOUND", {
      "zh-TW": "讀卡機中找不到這張卡片，請確認卡片已插入後重新選擇。",
      en: "That card is not in the reader. Please insert it and choose it again.",
    }),
  pinWrong: (attemptsLeft: number) =>
    e(
      "PIN_WRONG",
      "UNAUTHENTICATED",
      {
        "zh-TW": `PIN 碼錯誤，還可以再試 ${attemptsLeft} 次。連續錯誤 3 次卡片將被鎖住。`,
        en: `Wrong PIN. ${attemptsLeft} ${attemptsLeft === 1 ? "try" : "tries"} left; 3 wrong PINs in a row lock the card.`,
      },
      { attemptsLeft },
    ),
  cardLocked: () =>
    e("CARD_LOCKED", "FORBIDDEN", {
      "zh-TW": "卡片已鎖住（PIN 碼連續錯誤 3 次），無法簽章。請攜帶卡片與身分證到戶政事務所解鎖。",
      en: "The card is locked (3 wrong PINs in a row) and cannot sign. Take the card and your ID card to a household registration office to unlock it.",
    }),
};
