import { defineMessages } from "@/lib/i18n/define";

/** The demo SMS inbox page (/dev/sms), stand-in only: one language at a time (issue 9 item 8). */
export const smsInboxTexts = defineMessages({
  "zh-TW": {
    title: "示範簡訊收件匣",
    lead: "示範環境不會發出真正的簡訊。寄給任何手機號碼的簡訊都會放在這裡；輸入號碼只看那支手機的簡訊。",
    phone: "手機號碼",
    show: "顯示簡訊",
    none: "目前沒有簡訊。",
    sentAt: (at: string) => `送達時間：${at}`,
  },
  en: {
    title: "Demo SMS inbox",
    lead: "The demo sends no real text messages. Messages to any phone number land here; enter a number to see that phone's only.",
    phone: "Phone number",
    show: "Show messages",
    none: "No messages yet.",
    sentAt: (at: string) => `Delivered: ${at}`,
  },
});
