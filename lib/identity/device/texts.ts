import { defineMessages } from "@/lib/i18n/define";

/** Texts of the device-code pages (I6, I8): /me/device on the computer, /app/device on the phone. Plain strings only. */
export const deviceTexts = defineMessages({
  "zh-TW": {
    generate: {
      title: "行動裝置認證（裝置碼）",
      lead: "手機不是本人月租門號（公司手機、預付卡、只用 Wi-Fi）或您是外籍人士時，請用裝置碼綁定手機。",
      steps: [
        "步驟 1（本頁，電腦）：以健保卡登入後按「產生裝置碼」，畫面會顯示 QR code 與 8 位數字。",
        "步驟 2（手機）：開啟健保快易通 App 的「裝置碼認證」，掃描 QR code 或輸入 8 位數字，手機即完成綁定。",
        "裝置碼 10 分鐘內有效，只能使用一次；重新產生後，先前的裝置碼即失效。",
      ],
      needCard: "產生裝置碼需要先以健保卡在電腦上登入（您目前使用其他方式登入）。",
      loginWithCard: "以健保卡登入",
      submit: "產生裝置碼",
      again: "重新產生裝置碼",
      busy: "產生中…",
      codeLabel: "裝置碼",
      qrAlt: "裝置碼 QR code：以手機掃描即可開啟綁定頁面",
      expires: "有效至 {time}（10 分鐘內）",
      scanHint: "或在手機的裝置碼認證畫面輸入上面的 8 位數字。",
    },
    bind: {
      title: "裝置碼認證",
      lead: "輸入電腦畫面上的 8 位數裝置碼（或用手機相機掃描 QR code），將這支手機綁定為您的裝置。",
      conditions: [
        "請先在電腦上以健保卡登入「健保卡網路服務」，於行動裝置認證產生裝置碼。",
        "外籍人士也使用這個方式綁定手機。",
        "裝置碼 10 分鐘內有效、只能使用一次；輸錯太多次會暫時無法再試。",
      ],
      code: "8 位數裝置碼",
      submit: "綁定這支手機",
      busy: "綁定中…",
      bound: "手機已完成綁定並登入。",
      passwordIntro: "這是您的 App 密碼，只會顯示這一次，請記下來；之後在這支手機登入時使用：",
      passwordLabel: "App 密碼",
      continue: "前往我的帳戶",
      signInFailed: "手機已綁定，但自動登入未完成，請以 App 密碼登入。",
      network: "連線失敗，請稍後再試。",
      helpIntro: "需要協助請撥健保署諮詢服務專線：",
      invalidFormat: "請輸入 8 位數字的裝置碼。",
    },
    meLink: "產生裝置碼（綁定手機）",
  },
  en: {
    generate: {
      title: "Mobile device verification (device code)",
      lead: "If your phone is not on a monthly plan in your own name (company phone, prepaid, Wi-Fi only), or you are a foreign resident, bind the phone with a device code.",
      steps: [
        "Step 1 (this page, computer): logged in with your NHI card, press “Generate device code”: a QR code and 8 digits appear.",
        "Step 2 (phone): in the NHI app, open “Device code verification”, scan the QR code or type the 8 digits, and the phone is bound.",
        "A device code works for 10 minutes and only once; generating a new one ends the previous one.",
      ],
      needCard: "Generating a device code needs an NHI card login on a computer (you logged in another way).",
      loginWithCard: "Log in with the NHI card",
      submit: "Generate device code",
      again: "Generate a new device code",
      busy: "Generating…",
      codeLabel: "Device code",
      qrAlt: "Device code QR code: scan it with the phone to open the binding page",
      expires: "Valid until {time} (10 minutes)",
      scanHint: "Or type the 8 digits above on the phone's device code screen.",
    },
    bind: {
      title: "Device code verification",
      lead: "Type the 8-digit device code shown on the computer (or scan its QR code with the phone's camera) to bind this phone to you.",
      conditions: [
        "First log in to the NHI card online service on a computer and generate a device code under mobile device verification.",
        "Foreign residents bind their phone this way too.",
        "A device code works for 10 minutes and only once; too many wrong tries block further tries for a while.",
      ],
      code: "8-digit device code",
      submit: "Bind this phone",
      busy: "Binding…",
      bound: "This phone is bound and signed in.",
      passwordIntro: "Your app password, shown only this once — write it down; you use it to log in on this phone:",
      passwordLabel: "App password",
      continue: "Go to my account",
      signInFailed: "The phone is bound, but signing in did not finish. Please log in with the app password.",
      network: "Connection failed. Please try again later.",
      helpIntro: "For help, call the NHIA help line:",
      invalidFormat: "Please enter the 8-digit device code.",
    },
    meLink: "Generate a device code (bind a phone)",
  },
});

export type DeviceTexts = (typeof deviceTexts)["zh-TW"];
