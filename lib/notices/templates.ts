import type { NoticeKind } from "@/lib/generated/prisma/client";

/**
 * SMS texts (R3 and the reminders the real system lacked). One message carries both languages,
 * zh-TW first: a phone number has no language setting. Each ends with the check code that the
 * public "is this message real?" page (/check) verifies, because real notices were ignored as scams.
 */
export type NoticeVars = {
  amount?: number;
  paymentCode?: string;
  deadline?: string; // "2020-03-25"
  store?: string;
  pickupStart?: string;
  pickupEnd?: string;
  pickupCode?: string;
  /** PHONE_REBOUND: when, Taipei time, "2020-03-12 09:05". */
  at?: string;
  checkCode: string;
};

const tail = (v: NoticeVars) => `驗證碼/Check code ${v.checkCode} emask.tw/check`;

export const smsTemplates: Partial<Record<NoticeKind, (v: NoticeVars) => string>> = {
  PAYMENT: (v) =>
    `[口罩預購] 您已中籤，請於${v.deadline}前繳費${v.amount}元，繳費代碼${v.paymentCode}。` +
    ` [Masks] You were drawn: pay NT$${v.amount} by ${v.deadline}, payment code ${v.paymentCode}. ${tail(v)}`,
  NOT_SELECTED: (v) =>
    `[口罩預購] 很抱歉，本輪未中籤，不算購買，仍可至藥局購買。` +
    ` [Masks] Not drawn this round; it does not count as a purchase. ${tail(v)}`,
  PICKUP_CODE: (v) =>
    `[口罩預購] 已收到繳費。請於${v.pickupStart}至${v.pickupEnd}持證件至${v.store}取貨，取貨碼${v.pickupCode}。` +
    ` [Masks] Paid. Pick up ${v.pickupStart}–${v.pickupEnd} at ${v.store} with ID, pickup code ${v.pickupCode}. ${tail(v)}`,
  PAYMENT_REMINDER: (v) =>
    `[口罩預購] 提醒：繳費期限為明天${v.deadline}，繳費代碼${v.paymentCode}。` +
    ` [Masks] Reminder: payment is due tomorrow, ${v.deadline}, code ${v.paymentCode}. ${tail(v)}`,
  PICKUP_STARTS: (v) =>
    `[口罩預購] 今天起可至${v.store}取貨，至${v.pickupEnd}止。` +
    ` [Masks] Pickup at ${v.store} starts today, until ${v.pickupEnd}. ${tail(v)}`,
  PICKUP_ENDS_SOON: (v) =>
    `[口罩預購] 提醒：取貨期限為明天${v.pickupEnd}，逾期視為放棄。` +
    ` [Masks] Reminder: pickup ends tomorrow, ${v.pickupEnd}; after that the order is forfeited. ${tail(v)}`,
  // Issue 7 item 1: a re-verification ends the old app password; its number is told, so a
  // takeover cannot pass unnoticed. No secret in it.
  PHONE_REBOUND: (v) =>
    `[健保快易通] 您的手機門號認證已於${v.at}重新完成，原 App 密碼已失效。若非本人操作，請撥 0800-030-598。` +
    ` [NHI app] Phone verification was done again at ${v.at}; the old app password no longer works. Not you? Call 0800-030-598. ${tail(v)}`,
};
