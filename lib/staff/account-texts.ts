import { defineMessages } from "@/lib/i18n/define";

/** Issue 10 item 7: the console's staff accounts page. Plain strings only: they reach a client component. */
export const accountTexts = defineMessages({
  "zh-TW": {
    title: "工作人員帳號",
    create: {
      heading: "新增帳號",
      username: "帳號名稱（小寫英數字，3–64 字）",
      displayName: "姓名",
      role: "角色",
      store: "門市代號（門市店員必填）",
      submit: "新增",
      busy: "新增中…",
    },
    enrolment: {
      heading: "{username} 的登入資料（只顯示這一次）",
      intro: "請當面交給本人：以驗證器 App 掃描 QR code，登入時輸入密碼與 App 顯示的 6 位數驗證碼。離開此頁後無法再查看，遺失時請重設。",
      password: "一次性密碼",
      secret: "驗證器金鑰（無法掃描時手動輸入）",
      qrAlt: "驗證器設定 QR code",
    },
    list: { heading: "所有帳號", active: "啟用中", inactive: "已停用", totp: "雙重驗證", enrolled: "已設定", missing: "未設定", store: "門市" },
    deactivate: "停用",
    reactivate: "重新啟用",
    reset: "重設密碼與驗證器",
    resetBusy: "重設中…",
    changeRole: "變更角色",
    done: { deactivate: "帳號已停用。", reactivate: "帳號已重新啟用。", role: "角色已變更。" },
    errors: {
      VALIDATION: "請確認輸入的內容：帳號名稱為 3–64 個小寫英數字、點、底線或連字號。",
      USERNAME_TAKEN: "此帳號名稱已有人使用。", STORE_REQUIRED: "門市店員須指定門市代號。", UNKNOWN_STORE: "查無此門市代號。",
      SELF_CHANGE: "不能變更自己的帳號，請由另一位管理員處理。", STAFF_NOT_FOUND: "查無此帳號。",
    } as Record<string, string>,
  },
  en: {
    title: "Staff accounts",
    create: {
      heading: "New account",
      username: "Username (lower-case letters and digits, 3–64)",
      displayName: "Name",
      role: "Role",
      store: "Store code (required for a store clerk)",
      submit: "Create",
      busy: "Creating…",
    },
    enrolment: {
      heading: "Sign-in details for {username} (shown this once)",
      intro: "Hand these over in person: scan the QR code with an authenticator app; sign in with the password and the app's 6-digit code. They cannot be shown again after you leave this page: reset the account if they are lost.",
      password: "One-time password",
      secret: "Authenticator key (to type in if the QR code cannot be scanned)",
      qrAlt: "Authenticator set-up QR code",
    },
    list: { heading: "All accounts", active: "Active", inactive: "Deactivated", totp: "Second factor", enrolled: "Set up", missing: "Not set up", store: "Store" },
    deactivate: "Deactivate",
    reactivate: "Reactivate",
    reset: "Reset password and authenticator",
    resetBusy: "Resetting…",
    changeRole: "Change role",
    done: { deactivate: "The account was deactivated.", reactivate: "The account was reactivated.", role: "The role was changed." },
    errors: {
      VALIDATION: "Check what you entered: a username has 3–64 lower-case letters, digits, dots, underscores or hyphens.",
      USERNAME_TAKEN: "This username is taken.", STORE_REQUIRED: "A store clerk needs a store code.", UNKNOWN_STORE: "No store has this code.",
      SELF_CHANGE: "You cannot change your own account: ask another administrator.", STAFF_NOT_FOUND: "No such account.",
    },
  },
});
export type AccountTexts = (typeof accountTexts)["zh-TW"];
