import { defineMessages } from "@/lib/i18n/define";
import type { OrderStatus } from "@/lib/generated/prisma/client";

/** Every order status in both languages, with what the person should do next. */
export const statusTexts = defineMessages<{
  title: string;
  placedBanner: string;
  none: string;
  startOrder: string;
  total: string;
  store: string;
  round: string;
  pay: string;
  paymentCode: string;
  pickupCode: string;
  slip: string;
  paidBanner: string;
  history: string;
  timeline: { label: string; steps: { order: string; draw: string; pay: string; pickup: string }; states: { done: string; current: string; failed: string; upcoming: string } };
  nextPurchase: (day: string, latest: string, channel: string) => string;
  noPurchase: string;
  channels: { PHARMACY: string; ONLINE: string };
  status: Record<OrderStatus, { label: string; next: (deadline: string, pickupStart: string, pickupEnd: string) => string }>;
}>({
  "zh-TW": {
    title: "我的訂單",
    placedBanner: "預購完成！抽籤結果公布後會以簡訊通知您。",
    none: "您還沒有任何訂單。",
    startOrder: "開始預購",
    total: "金額",
    store: "取貨門市",
    round: "輪次",
    pay: "前往繳費",
    paymentCode: "繳費代碼",
    pickupCode: "取貨碼",
    slip: "列印取貨單",
    paidBanner: "已收到付款，取貨碼已用簡訊寄給您。",
    history: "訂單紀錄",
    timeline: { label: "訂單進度", steps: { order: "預購", draw: "抽籤", pay: "繳費", pickup: "取貨" }, states: { done: "完成", current: "進行中", failed: "未完成", upcoming: "尚未開始" } },
    nextPurchase: (day, latest, channel) => `下次可購買日：${day}（因 ${latest} 的${channel}購買，7 天內不能重複購買）。`,
    noPurchase: "目前沒有購買紀錄，可以購買。",
    channels: { PHARMACY: "藥局", ONLINE: "網路預購" },
    status: {
      PLACED: { label: "已預購，等待抽籤", next: () => "請等候抽籤結果公布，結果會以簡訊通知。" },
      SELECTED: { label: "已中籤，請繳費", next: (d) => `請於 ${d} 前完成繳費，逾期視同未購買。` },
      NOT_SELECTED: { label: "未中籤", next: () => "本次未中籤，不算購買，可至藥局或下一輪再預購。" },
      PAID: { label: "已繳費，等待取貨", next: (_d, s, e) => `請於 ${s} 至 ${e} 攜帶證件與取貨碼到門市取貨。` },
      LAPSED: { label: "逾期未繳費", next: () => "未在期限內繳費，訂單失效，不算購買。" },
      PICKED_UP: { label: "已取貨", next: () => "已完成取貨。" },
      FORFEITED: { label: "逾期未取貨", next: () => "未在取貨期間取貨，視為放棄，仍算一次購買。" },
    },
  },
  en: {
    title: "My orders",
    placedBanner: "Pre-order placed! You will get an SMS when the draw results are out.",
    none: "You have no orders yet.",
    startOrder: "Start a pre-order",
    total: "Amount",
    store: "Pickup store",
    round: "Round",
    pay: "Pay now",
    paymentCode: "Payment code",
    pickupCode: "Pickup code",
    slip: "Print a pickup slip",
    paidBanner: "Payment received: your pickup code has been sent by SMS.",
    history: "History",
    timeline: { label: "Order progress", steps: { order: "Order", draw: "Draw", pay: "Pay", pickup: "Pick up" }, states: { done: "Done", current: "Now", failed: "Ended", upcoming: "Upcoming" } },
    nextPurchase: (day, latest, channel) => `You may buy again from ${day} (a ${channel} purchase counts on ${latest}; one purchase per 7 days).`,
    noPurchase: "No purchase on record: you may buy.",
    channels: { PHARMACY: "pharmacy", ONLINE: "online pre-order" },
    status: {
      PLACED: { label: "Ordered, waiting for the draw", next: () => "Wait for the draw results: you will be told by SMS." },
      SELECTED: { label: "Drawn: please pay", next: (d) => `Pay by ${d}; unpaid orders lapse and count as no purchase.` },
      NOT_SELECTED: { label: "Not drawn", next: () => "Not drawn this time: it counts as no purchase. Buy at a pharmacy or order next round." },
      PAID: { label: "Paid, waiting for pickup", next: (_d, s, e) => `Pick up ${s} – ${e} with an ID document and your pickup code.` },
      LAPSED: { label: "Lapsed (unpaid)", next: () => "Not paid by the deadline: the order lapsed and counts as no purchase." },
      PICKED_UP: { label: "Picked up", next: () => "Collected." },
      FORFEITED: { label: "Forfeited (not collected)", next: () => "Not collected during pickup: forfeited, and it still counts as a purchase." },
    },
  },
});
