import { defineMessages } from "@/lib/i18n/define";
import type { Document } from "./documents";

/** The counter page (I7), zh-TW and English. Plain strings: the form is a client component. */
export const counterTexts = defineMessages({
  "zh-TW": {
    title: "臨櫃註冊與綁定手機",
    intro: "民眾無法用電腦或手機自行認證時，可攜帶證件與手機到健保署服務據點，由臨櫃人員核對證件後註冊並綁定手機。",
    rulesHeading: "必須核對的證件",
    rulesNational: "本國人：本人健保卡、身分證、戶口名簿。",
    rulesResident: "外籍人士：本人健保卡、居留證（外籍人士沒有身分證及戶口名簿，以居留證代替）。",
    documentsLegend: "已核對的證件（請親眼核對正本後勾選）",
    documents: { nhiCard: "健保卡", idCard: "身分證", householdRegister: "戶口名簿", residentCertificate: "居留證" } satisfies Record<Document, string>,
    idNumber: "身分證字號或居留證號",
    cardNumber: "健保卡卡號（正面左下角 12 碼）",
    phoneNumber: "要綁定的手機門號",
    phoneHint: "例：0912345678",
    cardInvalid: "請輸入健保卡卡號：卡片正面左下角的 12 位數字。",
    phoneInvalid: "請輸入手機門號：09 開頭共 10 位數字，例如 0912345678。",
    submit: "註冊並綁定手機",
    submitting: "處理中…",
    doneHeading: "註冊完成",
    donePerson: "民眾",
    donePhone: "綁定的手機門號",
    passwordLabel: "App 密碼（只顯示這一次）",
    passwordHandOver: "請將這組密碼交給民眾。民眾可在手機 App 選「登入」，以身分證字號及這組密碼登入健康存摺。忘記密碼時，重新認證即可取得新密碼。",
    another: "再註冊一位",
    fallbackError: "無法完成註冊，請再試一次。",
  },
  en: {
    title: "Counter registration and phone binding",
    intro: "People who cannot verify on a computer or a phone themselves bring their documents and phone to an NHIA service office; counter staff check the documents, register them and bind the phone.",
    rulesHeading: "Documents to check",
    rulesNational: "Nationals: their own NHI card, ID card and household register.",
    rulesResident: "Foreign residents: their own NHI card and resident certificate (they have no ID card or household register; the resident certificate stands for both).",
    documentsLegend: "Documents checked (tick after seeing the originals)",
    documents: { nhiCard: "NHI card", idCard: "ID card", householdRegister: "Household register", residentCertificate: "Resident certificate" },
    idNumber: "ID or resident certificate number",
    cardNumber: "NHI card number (12 digits, bottom left of the front)",
    phoneNumber: "Phone number to bind",
    phoneHint: "e.g. 0912345678",
    cardInvalid: "Enter the NHI card number: the 12 digits at the bottom left of the card's front.",
    phoneInvalid: "Enter a mobile number: 09 and 8 more digits, like 0912345678.",
    submit: "Register and bind the phone",
    submitting: "Working…",
    doneHeading: "Registered",
    donePerson: "Person",
    donePhone: "Phone bound",
    passwordLabel: "App password (shown this once only)",
    passwordHandOver: "Hand this password to the person. They log in to the app (choose “Log in”) with their ID number and this password. A forgotten password is replaced by verifying again.",
    another: "Register someone else",
    fallbackError: "The registration could not be completed. Please try again.",
  },
});

/** The counter's refusals (server side: they become AppError texts). */
export const counterErrorTexts = defineMessages({
  "zh-TW": {
    COUNTER_DOCUMENTS_MISSING: (missing: string) => `未核對必要證件：${missing}。`,
    COUNTER_PERSON_NOT_FOUND: "查無身分證字號與健保卡卡號相符的保險對象，請再核對證件。",
    COUNTER_PHONE_BOUND_ELSEWHERE: "這個門號已在臨櫃綁定給另一位民眾，請改用其他門號。",
    INVALID_ID_NUMBER: "身分證字號或居留證號的格式或檢查碼不正確。",
    listSeparator: "、",
  },
  en: {
    COUNTER_DOCUMENTS_MISSING: (missing: string) => `Required documents not checked: ${missing}.`,
    COUNTER_PERSON_NOT_FOUND: "No insured person matches this ID number and NHI card number. Please check the documents again.",
    COUNTER_PHONE_BOUND_ELSEWHERE: "This number is already bound at a counter to someone else. Please use another number.",
    INVALID_ID_NUMBER: "The ID or resident certificate number's format or check digit is wrong.",
    listSeparator: ", ",
  },
});
