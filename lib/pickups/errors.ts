import { AppError } from "@/lib/errors";
import type { Day } from "@/lib/rules";

export const pickupErrors = {
  unknownCode: () => new AppError("UNKNOWN_CODE", "NOT_FOUND", { "zh-TW": "查無此取貨碼。", en: "Unknown pickup code." }),
  wrongStore: () => new AppError("WRONG_STORE", "CONFLICT", { "zh-TW": "此訂單不在本門市取貨。", en: "This order is not for pickup at this store." }),
  notReady: () => new AppError("NOT_READY", "CONFLICT", { "zh-TW": "此訂單尚未付款，不能取貨。", en: "This order has not been paid: it cannot be handed over." }),
  alreadyPickedUp: () => new AppError("ALREADY_PICKED_UP", "CONFLICT", { "zh-TW": "此訂單已經取貨。", en: "This order has already been picked up." }),
  tooEarly: (from: Day) =>
    new AppError("TOO_EARLY", "CONFLICT", { "zh-TW": `還不能取貨：此訂單自 ${from} 起可以取貨。`, en: `Too early: this order can be picked up from ${from}.` }, { from }),
  tooLate: (end: Day) =>
    new AppError("TOO_LATE", "CONFLICT", { "zh-TW": `取貨期限 ${end} 已過，視為放棄。`, en: `The pickup window ended on ${end}: the order is forfeited.` }, { end }),
  wrongDocument: () =>
    new AppError("WRONG_DOCUMENT", "CONFLICT", {
      "zh-TW": "證件不符：請出示訂購人本人的身分證、健保卡或駕照（代領也需訂購人的證件）。",
      en: "Document does not match: show the orderer's own ID card, NHI card or driver's licence (a proxy brings the orderer's).",
    }),
};
