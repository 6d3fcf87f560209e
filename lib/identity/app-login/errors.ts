import { AppError } from "@/lib/errors";

/** The app login's refusals: one for "who?" and "wrong password" alike, two specific ones. */
export const appLoginErrors = {
  invalid: () =>
    new AppError("INVALID_CREDENTIALS", "UNAUTHENTICATED", {
      "zh-TW": "身分證字號或 App 密碼錯誤。",
      en: "Wrong ID number or app password.",
    }),
  suspended: (until: Date) =>
    new AppError(
      "SUSPENDED",
      "FORBIDDEN",
      {
        "zh-TW": "App 密碼錯誤 3 次，登入已暫停 10 分鐘，請稍後再試。忘記密碼可重新認證取得新密碼。",
        en: "Three wrong app passwords: login is suspended for 10 minutes. Try again later, or verify again to get a new password.",
      },
      { until: until.toISOString() },
    ),
  cancelled: () =>
    new AppError("CANCELLED", "FORBIDDEN", {
      "zh-TW": "登入已暫停 3 次，App 註冊已取消。請重新認證（手機門號、裝置碼或臨櫃）以取得新密碼。",
      en: "Login was suspended three times, so the app registration is cancelled. Verify again (own number, device code or counter) to get a new password.",
    }),
};
