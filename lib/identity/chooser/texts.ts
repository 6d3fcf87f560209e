import { defineMessages } from "@/lib/i18n/define";
import type { Note, Way } from "./recommend";
import type { Question } from "./answers";

type WayText = { name: string; summary: string; needs: string[]; action: string };
type Faq = { q: string; a: string[] };

/** The "which way suits me?" page: questionnaire, result, every way, and the seed's Q&A. */
export const chooserTexts = defineMessages<{
  title: string;
  intro: string;
  formHeading: string;
  /** `error`: what to answer, beside the question and in the error summary (issue 9 item 6). */
  questions: Record<Question, { legend: string; hint?: string; error: string; options: Record<string, string> }>;
  submit: string;
  errorTitle: string;
  errorPrefix: string;
  resultHeading: string;
  primaryLabel: string;
  alternativesLabel: string;
  notes: Record<Note, string>;
  waysHeading: string;
  ways: Record<Way, WayText>;
  counterNoLink: string;
  deviceStep1: string;
  appLogin: { text: string; action: string };
  faqHeading: string;
  faq: Faq[];
  helpHeading: string;
}>({
  "zh-TW": {
    title: "選擇身分認證方式",
    intro: "網路預購口罩採實名制，購買前須先認證身分。回答下面幾個問題，看看哪一種方式最適合您；也可以直接選擇下方任一種方式。",
    formHeading: "哪一種方式適合我？",
    questions: {
      national: { legend: "您是本國籍人士嗎？", error: "請選擇您是不是本國籍人士", options: { yes: "是，本國籍", no: "否，外籍人士（持居留證）" } },
      own: {
        legend: "您的手機門號是以本人名義申辦的月租型門號，並可使用行動上網（4G）嗎？",
        hint: "預付卡、公司門號（公務機）、只用 Wi-Fi，請選「否」。外籍人士可略過。",
        error: "請選擇您的手機門號是不是本人名義、可行動上網的月租型門號",
        options: { yes: "是", no: "否" },
      },
      reader: { legend: "您有可以使用的電腦和讀卡機（插健保卡用）嗎？", error: "請選擇您有沒有電腦和讀卡機", options: { yes: "有", no: "沒有" } },
      cert: { legend: "您有自然人憑證嗎？", hint: "外籍人士可略過。", error: "請選擇您有沒有自然人憑證", options: { yes: "有", no: "沒有" } },
      prefer: { legend: "您想用哪裡預購？", error: "請選擇要用手機還是電腦預購", options: { phone: "手機（健保快易通 App）", computer: "電腦網頁" } },
    },
    submit: "看建議的方式",
    errorTitle: "請回答以下問題，才能給您建議",
    errorPrefix: "錯誤：",
    resultHeading: "建議結果",
    primaryLabel: "最適合您的方式",
    alternativesLabel: "您也可以使用",
    notes: {
      FOREIGNER_I8: "外籍人士不能使用手機門號快速認證或自然人憑證；請用健保卡在電腦註冊（或臨櫃註冊），再以裝置碼綁定手機。",
      NOT_OWN_MONTHLY: "非本人月租門號（預付卡、公司門號、只用 Wi-Fi）不能用手機門號快速認證，可先用電腦以健保卡註冊，再以裝置碼綁定手機。",
      CERT_NEEDS_READER: "自然人憑證也需要讀卡機才能使用。",
      NO_READER: "沒有讀卡機也沒有本人月租門號時，可攜帶證件及手機到健保署服務據點臨櫃註冊，或請已註冊成功的人協助。",
    },
    waysHeading: "所有認證方式",
    ways: {
      PHONE: {
        name: "手機門號快速認證（App）",
        summary: "在健保快易通 App 以本人手機門號認證，不用讀卡機，不會寄送簡訊或驗證碼。",
        needs: ["本國籍人士", "本人名義申辦的月租型門號（非預付卡、非公司門號，未掛失、未退租）", "關閉 Wi-Fi，使用行動上網（4G）"],
        action: "用手機門號認證",
      },
      NHI_CARD: {
        name: "健保卡（電腦）",
        summary: "在電腦插入健保卡登入。第一次使用須註冊，並設定健保卡密碼。",
        needs: ["電腦及讀卡機", "本人健保卡（卡號在正面左下角 12 碼）", "首次註冊：戶號（外籍人士為居留證資料）、地址、電話、E-mail"],
        action: "用健保卡登入",
      },
      CITIZEN_CERT: {
        name: "自然人憑證（電腦）",
        summary: "在電腦以自然人憑證及 PIN 碼登入。",
        needs: ["本國籍人士", "電腦及讀卡機", "自然人憑證及 PIN 碼"],
        action: "用自然人憑證登入",
      },
      DEVICE: {
        name: "裝置碼綁定手機",
        summary: "非本人門號（公務機、預付卡、只用 Wi-Fi）或外籍人士：步驟 1 先用電腦插健保卡登入並產生裝置碼；步驟 2 在 App 掃描或輸入裝置碼，完成手機綁定。",
        needs: ["電腦及讀卡機、本人健保卡（步驟 1）", "手機（步驟 2）"],
        action: "在 App 輸入裝置碼",
      },
      COUNTER: {
        name: "臨櫃註冊",
        summary: "不會用電腦也不會用手機時，可攜帶證件及手機到健保署各分區業務組或聯絡辦公室，由臨櫃人員註冊並綁定手機；也可以請已註冊成功的人協助。",
        needs: ["本人健保卡", "身分證及戶口名簿（外籍人士：居留證）", "要綁定的手機"],
        action: "",
      },
    },
    deviceStep1: "步驟 1：先在電腦用健保卡登入",
    counterNoLink: "臨櫃註冊完成後，在 App 用身分證字號及臨櫃提供的 App 密碼登入。",
    appLogin: { text: "已經在 App 完成認證或臨櫃註冊？", action: "用 App 密碼登入" },
    faqHeading: "常見問題",
    faq: [
      { q: "以本人手機門號認證時，一直收不到簡訊或驗證碼？", a: ["認證過程中不會寄送任何認證碼或簡訊。認證是透過門號向電信業者確認；過程中會出現輸入密碼、指紋或畫出圖形等螢幕解鎖畫面，依平常習慣解鎖即可。"] },
      { q: "手機認證的條件？", a: ["須符合所有條件：本國籍人士、自己的手機門號（非公司門號）、月租型（非預付卡）、在 4G 行動網路環境（關閉 Wi-Fi）。手機掛失、門號退租時也無法完成認證。"] },
      { q: "我的手機是公司門號（或預付卡、只有 Wi-Fi）怎麼辦？", a: ["先用電腦插入健保卡註冊登入，產生裝置碼，再在 App 輸入裝置碼綁定手機。"] },
      { q: "外國人可以用網路預購口罩嗎？", a: ["可以。手機門號快速認證限本國籍人士；外籍人士可用健保卡在網路（或臨櫃）註冊並綁定行動裝置，即可使用 App 預購。"] },
      { q: "密碼忘了怎麼辦？", a: ["只要重新進行認證，便可以獲得新的密碼。"] },
      { q: "沒有讀卡機的人怎麼辦？", a: ["可以用健保快易通 App 以本人申辦的手機門號認證，不需要讀卡機。"] },
      { q: "我不會用電腦、也不會用手機，怎麼辦？", a: ["可以請已經註冊成功的人協助，或攜帶健保卡及身分證到健保署各分區業務組及聯絡辦公室申請。"] },
      { q: "健保卡卡號在哪裡？", a: ["在健保卡正面左下角的 12 碼數字。"] },
      { q: "為什麼要身分認證？", a: ["購買採口罩實名制，以確保公平性。"] },
    ],
    helpHeading: "認證有問題要找誰？",
  },
  en: {
    title: "Choose how to verify your identity",
    intro: "Masks are sold by real name, so you verify who you are before ordering. Answer a few questions to see which way suits you, or pick any way below directly.",
    formHeading: "Which way suits me?",
    questions: {
      national: { legend: "Are you a national of Taiwan?", error: "Select whether you are a national of Taiwan", options: { yes: "Yes, a national", no: "No, a foreign resident (resident certificate)" } },
      own: {
        legend: "Is your phone number registered in your own name, on a monthly plan, with mobile data (4G)?",
        hint: "Prepaid, company phone or Wi-Fi only: answer “No”. Foreign residents may skip this.",
        error: "Select whether your phone number is your own, on a monthly plan, with mobile data",
        options: { yes: "Yes", no: "No" },
      },
      reader: { legend: "Do you have a computer with a card reader (for the NHI card)?", error: "Select whether you have a computer with a card reader", options: { yes: "Yes", no: "No" } },
      cert: { legend: "Do you have a citizen digital certificate?", hint: "Foreign residents may skip this.", error: "Select whether you have a citizen digital certificate", options: { yes: "Yes", no: "No" } },
      prefer: { legend: "Where do you want to order?", error: "Select whether you want to order on your phone or on a computer", options: { phone: "On my phone (NHI app)", computer: "On a computer (website)" } },
    },
    submit: "Show my way",
    errorTitle: "Answer these questions to get a recommendation",
    errorPrefix: "Error: ",
    resultHeading: "Recommendation",
    primaryLabel: "Best for you",
    alternativesLabel: "You can also use",
    notes: {
      FOREIGNER_I8: "Foreign residents cannot use phone quick verification or citizen certificates: register with the NHI card on a computer (or at a counter), then bind the phone with a device code.",
      NOT_OWN_MONTHLY: "A number that is not your own monthly number (prepaid, company phone, Wi-Fi only) cannot use phone quick verification: register with the NHI card on a computer first, then bind the phone with a device code.",
      CERT_NEEDS_READER: "A citizen certificate also needs a card reader.",
      NO_READER: "With no card reader and no own monthly number, bring your documents and phone to an NHIA service office to register at the counter, or ask someone already registered to help.",
    },
    waysHeading: "Every way to verify",
    ways: {
      PHONE: {
        name: "Phone quick verification (app)",
        summary: "Verify with your own phone number in the NHI app: no card reader, and no SMS or code is sent.",
        needs: ["A national of Taiwan", "A number in your own name on a monthly plan (not prepaid, not a company number, not lost or terminated)", "Wi-Fi off, on mobile data (4G)"],
        action: "Verify with my phone number",
      },
      NHI_CARD: {
        name: "NHI card (computer)",
        summary: "Log in on a computer with your NHI card in a card reader. The first time you register and set an NHI-card password.",
        needs: ["A computer and card reader", "Your NHI card (the 12 digits at the bottom left of the front)", "First time: household number (foreign residents: resident certificate details), address, phone, e-mail"],
        action: "Log in with my NHI card",
      },
      CITIZEN_CERT: {
        name: "Citizen digital certificate (computer)",
        summary: "Log in on a computer with your citizen certificate and its PIN.",
        needs: ["A national of Taiwan", "A computer and card reader", "Your citizen certificate and its PIN"],
        action: "Log in with my certificate",
      },
      DEVICE: {
        name: "Bind the phone with a device code",
        summary: "For a number not your own (company phone, prepaid, Wi-Fi only) and for foreign residents: step 1, log in on a computer with the NHI card and create a device code; step 2, scan or type it in the app to bind the phone.",
        needs: ["A computer, card reader and your NHI card (step 1)", "Your phone (step 2)"],
        action: "Enter a device code in the app",
      },
      COUNTER: {
        name: "At a service counter",
        summary: "If you use neither a computer nor a phone, bring your documents and phone to an NHIA service office, where staff register you and bind the phone; or ask someone already registered to help.",
        needs: ["Your NHI card", "ID card and household register (foreign residents: resident certificate)", "The phone to bind"],
        action: "",
      },
    },
    deviceStep1: "Step 1: log in with the NHI card on a computer",
    counterNoLink: "After registering at the counter, log in to the app with your ID number and the app password the counter gave you.",
    appLogin: { text: "Already verified in the app, or registered at a counter?", action: "Log in with my app password" },
    faqHeading: "Questions and answers",
    faq: [
      { q: "I verify with my own number but never get an SMS or code?", a: ["No code or SMS is ever sent. The number is confirmed with the telecom operator; during the process the phone shows its own screen-unlock prompt (PIN, fingerprint or pattern): unlock it as usual."] },
      { q: "What are the conditions for phone verification?", a: ["All of them: a national; your own number (not a company number); on a monthly plan (not prepaid); on 4G mobile data (Wi-Fi off). A number reported lost or terminated cannot be used either."] },
      { q: "My phone is a company phone (or prepaid, or Wi-Fi only)?", a: ["Log in on a computer with your NHI card first, create a device code, then enter it in the app to bind the phone."] },
      { q: "Can foreigners pre-order online?", a: ["Yes. Phone quick verification is for nationals only; foreign residents register with their NHI card online (or at a counter) and bind their phone, then order in the app."] },
      { q: "I forgot my password?", a: ["Verify again and you get a new password."] },
      { q: "I have no card reader?", a: ["Verify in the NHI app with a phone number registered in your own name: no card reader needed."] },
      { q: "I use neither a computer nor a phone?", a: ["Ask someone already registered to help, or bring your NHI card and ID card to an NHIA regional office or liaison office."] },
      { q: "Where is the NHI card number?", a: ["The 12 digits at the bottom left of the card's front."] },
      { q: "Why verify my identity?", a: ["Masks are sold by real name, to keep it fair."] },
    ],
    helpHeading: "Who can help with verification?",
  },
});
