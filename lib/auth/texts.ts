import { defineMessages } from "@/lib/i18n/define";

/** Texts of the shared auth pages (staff login, my account). */
export const authTexts = defineMessages({
  "zh-TW": {
    staffLogin: {
      title: "工作人員登入",
      username: "帳號",
      password: "密碼",
      submit: "登入",
      submitting: "登入中…",
      invalid: "帳號或密碼錯誤。",
      rateLimited: "嘗試次數過多，請稍後再試。",
    },
    staffHome: {
      title: "工作人員專區",
      signedInAs: (role: string) => `目前身分：${role}`,
      denied: "您的角色不能使用該頁面。",
      roles: { COUNTER: "臨櫃人員", CLERK: "門市店員", ADMIN: "系統管理員", AUDITOR: "稽核人員" },
      tools: "可使用的功能",
      none: "此角色的功能將陸續開放。",
    },
    me: {
      title: "我的帳戶",
      verifiedBy: "驗證方式",
      channel: "使用管道",
      methods: { NHI_CARD: "健保卡", CITIZEN_CERT: "自然人憑證", PHONE: "手機門號認證", DEVICE: "裝置碼綁定", COUNTER: "臨櫃註冊" },
      channels: { WEB: "電腦網頁", APP: "手機 App" },
      name: "姓名",
      idNumber: "身分證號",
      order: "預購成人口罩",
      orders: "我的訂單",
    },
    signOut: "登出",
  },
  en: {
    staffLogin: {
      title: "Staff sign-in",
      username: "Username",
      password: "Password",
      submit: "Sign in",
      submitting: "Signing in…",
      invalid: "Wrong username or password.",
      rateLimited: "Too many attempts. Please try again later.",
    },
    staffHome: {
      title: "Staff area",
      signedInAs: (role: string) => `Signed in as: ${role}`,
      denied: "Your role cannot use that page.",
      roles: { COUNTER: "Counter staff", CLERK: "Store clerk", ADMIN: "Administrator", AUDITOR: "Auditor" },
      tools: "Your tools",
      none: "Tools for this role are coming.",
    },
    me: {
      title: "My account",
      verifiedBy: "Verified by",
      channel: "Channel",
      methods: { NHI_CARD: "NHI card", CITIZEN_CERT: "Citizen digital certificate", PHONE: "Own phone number", DEVICE: "Device code", COUNTER: "Service counter" },
      channels: { WEB: "Computer (web)", APP: "Phone app" },
      name: "Name",
      idNumber: "ID number",
      order: "Pre-order adult masks",
      orders: "My orders",
    },
    signOut: "Sign out",
  },
});
