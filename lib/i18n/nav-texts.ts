import { defineMessages } from "./define";

/** The signed-in citizen's navigation in the header (issue 9 item 6). */
export const navTexts = defineMessages({
  "zh-TW": { label: "我的帳號選單", orders: "我的訂單", order: "預購", account: "我的帳號", signOut: "登出", signedOut: "您已登出。" },
  en: { label: "My account menu", orders: "My orders", order: "Pre-order", account: "My account", signOut: "Sign out", signedOut: "You have signed out." },
});
