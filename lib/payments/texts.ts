import { defineMessages } from "@/lib/i18n/define";

export const payTexts = defineMessages({
  "zh-TW": {
    title: "繳費",
    amount: (total: string, deadline: string) => `應繳金額 ${total}，請於 ${deadline} 前繳費。每筆訂單分別繳費。`,
    choose: "選擇繳費方式",
    methods: { ONLINE_BANKING: "網路銀行", CREDIT_CARD: "信用卡", ATM: "ATM 轉帳" },
    appOnlyAtm: "手機 App 訂購的訂單只能用 ATM 轉帳繳費。",
    start: "前往繳費",
    atmTitle: "請用 ATM 轉帳到以下虛擬帳號",
    bank: "銀行代碼",
    account: "虛擬帳號",
    atmDemo: "（示範）使用模擬 ATM 轉帳",
    notPayable: "這筆訂單目前不需要繳費。",
    back: "回到我的訂單",
    errors: { METHOD_NOT_ALLOWED: "手機 App 訂購的訂單只能用 ATM 轉帳繳費。", NOT_PAYABLE: "這筆訂單目前不需要繳費。", ORDER_NOT_FOUND: "找不到這筆訂單。", UNKNOWN: "系統忙碌中，請稍後再試。" },
  },
  en: {
    title: "Payment",
    amount: (total: string, deadline: string) => `Amount due ${total}; please pay by ${deadline}. Each order is paid separately.`,
    choose: "Choose how to pay",
    methods: { ONLINE_BANKING: "Online banking", CREDIT_CARD: "Credit card", ATM: "ATM transfer" },
    appOnlyAtm: "Orders placed in the phone app can only be paid by ATM transfer.",
    start: "Go to payment",
    atmTitle: "Transfer by ATM to this virtual account",
    bank: "Bank code",
    account: "Virtual account",
    atmDemo: "(Demo) Pay at the simulated ATM",
    notPayable: "This order is not awaiting payment.",
    back: "Back to my orders",
    errors: { METHOD_NOT_ALLOWED: "Orders placed in the phone app can only be paid by ATM transfer.", NOT_PAYABLE: "This order is not awaiting payment.", ORDER_NOT_FOUND: "Order not found.", UNKNOWN: "The system is busy. Please try again." },
  },
});
