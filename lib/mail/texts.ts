import { defineMessages } from "@/lib/i18n/define";

/** The demo mailbox page (/dev/mailbox), stand-in only. */
export const mailboxTexts = defineMessages({
  "zh-TW": {
    title: "示範信箱",
    lead: "示範環境不會寄出真正的電子郵件。寄給任何地址的信都會放在這裡，輸入地址即可查看。",
    address: "電子郵件地址",
    open: "查看信件",
    none: "這個地址目前沒有信件。",
    sentAt: "寄出時間",
    checkCode: "信件查核碼",
  },
  en: {
    title: "Demo mailbox",
    lead: "The demo sends no real e-mail. Messages to any address land here: enter the address to read them.",
    address: "E-mail address",
    open: "Show messages",
    none: "No messages for this address yet.",
    sentAt: "Sent",
    checkCode: "Message check code",
  },
});
