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
