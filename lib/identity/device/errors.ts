import { AppError } from "@/lib/errors";

/** Refusals of the device-code path (I6). "Expired" and "used" only for codes that existed. */
export const deviceErrors = {
  cardLoginRequired: () =>
    new AppError("NHI_CARD_LOGIN_REQUIRED", "FORBIDDEN", {
      "zh-TW": "產生裝置碼前，請先在電腦上以健保卡登入。",
      en: "Log in with your NHI card on a computer before generating a device code.",
    }),
  invalid: () =>
    new AppError("DEVICE_CODE_INVALID", "VALIDATION", {
      "zh-TW": "裝置碼不正確，請核對電腦畫面上的 8 位數字。",
      en: "The device code is not correct. Check the 8 digits on the computer screen.",
    }),
  expired: () =>
    new AppError("DEVICE_CODE_EXPIRED", "VALIDATION", {
      "zh-TW": "裝置碼已逾時（10 分鐘）或已被新產生的裝置碼取代，請在電腦上重新產生。",
      en: "This device code has expired (10 minutes) or was replaced by a newer one. Generate a new one on the computer.",
    }),
  used: () =>
    new AppError("DEVICE_CODE_USED", "CONFLICT", {
      "zh-TW": "此裝置碼已使用過（每個裝置碼只能綁定一次），請在電腦上重新產生。",
      en: "This device code was already used (each code binds once). Generate a new one on the computer.",
    }),
};
