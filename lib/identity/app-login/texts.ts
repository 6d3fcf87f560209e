import { defineMessages } from "@/lib/i18n/define";

/** The phone app's frame (健保快易通 | 健康存摺 stand-in), its landing page and its login. */
export const appTexts = defineMessages({
  "zh-TW": {
    appName: "健保快易通｜健康存摺",
    appNote: "示範用行動網頁 App",
    home: {
      title: "登入健康存摺",
      intro: "第一次使用請先認證身分；認證後會取得 App 密碼，之後用身分證字號及 App 密碼登入即可預購口罩。",
      phone: { name: "手機門號認證", detail: "本國籍人士、本人名義的月租型門號、使用行動網路（4G）。不會寄送簡訊或驗證碼。" },
      device: { name: "裝置碼認證", detail: "非本人門號（公務機、預付卡、只用 Wi-Fi）或外籍人士：先用電腦插健保卡產生裝置碼，再在這裡輸入。" },
      login: { name: "登入", detail: "已認證過（或已臨櫃註冊）：用身分證字號及 App 密碼登入。" },
      chooser: "不確定用哪一種？看看哪種方式適合我",
    },
    login: {
      title: "App 登入",
      intro: "請輸入身分證字號及認證時取得的 App 密碼。",
      idNumber: "身分證字號或居留證號",
      password: "App 密碼",
      submit: "登入",
      submitting: "登入中…",
      signInFailed: "登入失敗，請再試一次。",
      forgot: "忘記密碼？重新認證即可取得新密碼（舊密碼隨即失效）：",
      reverifyPhone: "手機門號認證",
      reverifyDevice: "裝置碼認證",
      helpHeading: "需要協助？請撥健保署諮詢服務專線：",
      back: "回 App 首頁",
    },
  },
  en: {
    appName: "NHI Express | My Health Bank",
    appNote: "Demo mobile web app",
    home: {
      title: "Log in to My Health Bank",
      intro: "The first time, verify your identity; you then get an app password, and from then on you log in with your ID number and app password to pre-order masks.",
      phone: { name: "Own phone number", detail: "Nationals, a number in your own name on a monthly plan, on mobile data (4G). No SMS or code is sent." },
      device: { name: "Device code", detail: "A number not your own (company phone, prepaid, Wi-Fi only) or a foreign resident: create a device code on a computer with your NHI card, then enter it here." },
      login: { name: "Log in", detail: "Already verified (or registered at a counter): log in with your ID number and app password." },
      chooser: "Not sure which? See which way suits me",
    },
    login: {
      title: "App login",
      intro: "Enter your ID number and the app password you got when you verified.",
      idNumber: "ID or resident certificate number",
      password: "App password",
      submit: "Log in",
      submitting: "Logging in…",
      signInFailed: "Login failed. Please try again.",
      forgot: "Forgot the password? Verify again to get a new one (the old one stops working):",
      reverifyPhone: "Own phone number",
      reverifyDevice: "Device code",
      helpHeading: "Need help? Call the NHIA help line:",
      back: "Back to the app's start",
    },
  },
});
