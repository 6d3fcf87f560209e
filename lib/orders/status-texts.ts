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
  timeline: { label: string; steps: { order: string; draw: string; pay: string; pickup: string }; states: { done: string; current: string; failed: string; upcoming: string; skipped: string } };
  /** Issue 9 item 5: what an ended order means, and what the person may do next (S-rules). */
  ended: { notDrawn: string; lapsed: string; forfeited: (purchaseDay: string) => string; collected: (purchaseDay: string) => string };
  mayBuyFrom: (day: string) => string;
  mayBuyNow: string;
  activeOrder: (pickupStart: string) => string;
  reference: string;
  chain: string;
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
    timeline: { label: "訂單進度", steps: { order: "預購", draw: "抽籤", pay: "繳費", pickup: "取貨" }, states: { done: "完成", current: "現在", failed: "已結束", upcoming: "尚未開始", skipped: "不需要" } },
    ended: {
      notDrawn: "未中籤：不必繳費，也不算購買（S6）。",
      lapsed: "逾期未繳費：訂單已失效，不算購買（R3、S6）。",
      forfeited: (d) => `逾期未取貨，視為放棄（R5）；已繳費，仍算一次購買，購買日為 ${d}（S2、S6）。`,
      collected: (d) => `已取貨；這次購買算在 ${d}（取貨期間第一天，S2）。`,
    },
    mayBuyFrom: (d) => `下次可以購買（網路預購或藥局）的日子：${d} 起（7 天一次，S1）。`,
    mayBuyNow: "現在就可以到藥局購買，或在下一輪預購（S1、S4）。",
    activeOrder: (d) => `這筆預購要到取貨期間第一天（${d}）才算購買（S2）；在那之前，您仍可依 7 天規則到藥局購買（S3、S4）。`,
    reference: "訂單編號",
    chain: "超商",
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
    timeline: { label: "Order progress", steps: { order: "Order", draw: "Draw", pay: "Pay", pickup: "Pick up" }, states: { done: "Done", current: "Now", failed: "Ended", upcoming: "Upcoming", skipped: "Not needed" } },
    ended: {
      notDrawn: "Not drawn: there is nothing to pay, and it counts as no purchase (S6).",
      lapsed: "Not paid by the deadline: the order lapsed and counts as no purchase (R3, S6).",
      forfeited: (d) => `Not collected in the pickup window: forfeited (R5). It was paid, so it still counts as a purchase on ${d} (S2, S6).`,
      collected: (d) => `Collected; this purchase counts on ${d}, the first pickup day (S2).`,
    },
    mayBuyFrom: (d) => `You may buy again (online or at a pharmacy) from ${d} (one purchase per 7 days, S1).`,
    mayBuyNow: "You may buy at a pharmacy now, or pre-order in the next round (S1, S4).",
    activeOrder: (d) => `This pre-order counts as a purchase only on the first pickup day (${d}, S2); until then you may still buy at a pharmacy under the 7-day rule (S3, S4).`,
    reference: "Order reference",
    chain: "Chain",
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
