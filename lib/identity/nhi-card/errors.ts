import { AppError, type Bilingual, type ErrorKind } from "@/lib/errors";
import { formatTaipeiTime } from "@/lib/i18n/format";

/**
 * Every refusal of the NHI-card path (I3, I8, I9), each with its own stable code. Messages name
 * the condition that failed (I10) but never more than the caller already holds: an unknown card
 * can only be reported to someone whose card really signed the challenge.
 */
const e = (code: string, kind: ErrorKind, text: Bilingual, details?: Record<string, unknown>) => new AppError(code, kind, text, details);

export const cardErrors = {
  challengeUnknown: () =>
    e("CHALLENGE_UNKNOWN", "VALIDATION", { "zh-TW": "驗證請求無效，請重新插卡再試一次。", en: "This verification request is not valid. Please insert the card and try again." }),
  challengeUsed: () =>
    e("CHALLENGE_USED", "CONFLICT", { "zh-TW": "此驗證請求已使用過（不可重複使用），請再試一次。", en: "This verification request was already used (it is single use). Please try again." }),
  challengeExpired: () =>
    e("CHALLENGE_EXPIRED", "VALIDATION", { "zh-TW": "驗證請求已逾時（2 分鐘），請再試一次。", en: "This verification request has expired (2 minutes). Please try again." }),
  badResponse: () =>
    e("CARD_RESPONSE_INVALID", "UNAUTHENTICATED", { "zh-TW": "健保卡的簽章驗證失敗，請確認卡片已插入讀卡機後再試。", en: "The NHI card's signature could not be verified. Check that the card is in the reader and try again." }),
  cardNotFound: () =>
    e("CARD_NOT_FOUND", "NOT_FOUND", { "zh-TW": "查無此健保卡的投保資料，請洽健保署。", en: "No insurance record was found for this NHI card. Please contact the NHIA." }),
  cardNotActive: () =>
    e("CARD_NOT_ACTIVE", "FORBIDDEN", { "zh-TW": "此健保卡已換發或掛失，請使用新卡。", en: "This NHI card was replaced or reported lost. Please use your new card." }),
  kindMismatch: (national: boolean) =>
    e("REGISTRATION_KIND_MISMATCH", "VALIDATION", national
      ? { "zh-TW": "本國人請填寫戶號，不需填寫居留證資料。", en: "Nationals give their household number, not resident certificate details." }
      : { "zh-TW": "外籍人士請填寫居留證資料，不需填寫戶號。", en: "Foreign residents give their resident certificate details, not a household number." }),
  residentCertificate: (code: string) =>
    e(`RESIDENT_CERT_${code}`, "VALIDATION", code === "EXPIRED"
      ? { "zh-TW": "居留證已過期，請先辦理展延。", en: "The resident certificate has expired. Please renew it first." }
      : code === "ISSUED_IN_FUTURE"
        ? { "zh-TW": "居留證核發日期不可晚於今天。", en: "The resident certificate's issue date cannot be after today." }
        : { "zh-TW": "居留證的有效期限必須晚於核發日期。", en: "The resident certificate's expiry date must be after its issue date." }),
  alreadyRegistered: () =>
    e("ALREADY_REGISTERED", "CONFLICT", { "zh-TW": "此健保卡已完成註冊，請直接登入；忘記密碼請選「忘記密碼」。", en: "This NHI card is already registered. Please log in, or choose “Forgot password”." }),
  notRegistered: () =>
    e("NOT_REGISTERED", "CONFLICT", { "zh-TW": "此健保卡尚未註冊網路服務，請先完成首次註冊。", en: "This NHI card is not registered for the online service yet. Please register first." }),
  emailNotConfirmed: () =>
    e("EMAIL_NOT_CONFIRMED", "FORBIDDEN", { "zh-TW": "尚未完成電子郵件確認，請點選確認信中的連結後再登入。", en: "Your e-mail address is not confirmed yet. Please open the link in the confirmation e-mail, then log in." }),
  wrongPassword: (attemptsLeft: number) =>
    e("PASSWORD_WRONG", "UNAUTHENTICATED", {
      "zh-TW": `健保卡密碼錯誤。再錯 ${attemptsLeft} 次將暫停登入 10 分鐘。`,
      en: `Wrong NHI card password. ${attemptsLeft} more wrong attempt(s) will suspend login for 10 minutes.`,
    }, { attemptsLeft }),
  suspended: (until: Date) =>
    e("SUSPENDED", "FORBIDDEN", {
      "zh-TW": `密碼錯誤 3 次，登入已暫停 10 分鐘（至 ${taipeiTime(until)}）。累計暫停 3 次將註銷註冊。`,
      en: `3 wrong passwords: login is suspended for 10 minutes (until ${taipeiTime(until)}). A third suspension cancels the registration.`,
    }, { until: until.toISOString() }),
  cancelled: () =>
    e("REGISTRATION_CANCELLED", "FORBIDDEN", { "zh-TW": "登入已暫停 3 次，註冊已註銷，請重新註冊。", en: "Login was suspended 3 times, so the registration was cancelled. Please register again." }),
  resetMismatch: (national: boolean) =>
    e("RESET_DETAILS_MISMATCH", "UNAUTHENTICATED", national
      ? { "zh-TW": "戶號與註冊時填寫的不符。", en: "The household number does not match the one you registered." }
      : { "zh-TW": "居留證序號與註冊時填寫的不符。", en: "The resident certificate serial does not match the one you registered." }),
  emailTokenInvalid: () =>
    e("EMAIL_TOKEN_INVALID", "VALIDATION", { "zh-TW": "確認連結無效，請確認是否完整複製信中的連結。", en: "This confirmation link is not valid. Check that you copied the whole link." }),
  emailTokenUsed: () =>
    e("EMAIL_TOKEN_USED", "CONFLICT", { "zh-TW": "此確認連結已使用過，電子郵件已確認，請直接登入。", en: "This confirmation link was already used. Your e-mail is confirmed: please log in." }),
  emailTokenExpired: () =>
    e("EMAIL_TOKEN_EXPIRED", "VALIDATION", { "zh-TW": "確認連結已逾期（24 小時），請重新註冊以取得新的確認信。", en: "This confirmation link has expired (24 hours). Please register again to get a new e-mail." }),
};

const taipeiTime = (d: Date) => formatTaipeiTime(d.toISOString());
