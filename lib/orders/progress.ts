import type { OrderStatus } from "@/lib/generated/prisma/client";

/**
 * The four steps of an order as the person sees them — pre-order → draw → payment → pickup — and
 * where a status puts each: done, current (waiting on the person or on us), failed (the path ended
 * there), or upcoming. Pure, for the status timeline on "my orders".
 */
export const STEPS = ["order", "draw", "pay", "pickup"] as const;
export type Step = (typeof STEPS)[number];
export type StepState = "done" | "current" | "failed" | "upcoming";

const PROGRESS: Record<OrderStatus, Record<Step, StepState>> = {
  PLACED: { order: "done", draw: "current", pay: "upcoming", pickup: "upcoming" },
  SELECTED: { order: "done", draw: "done", pay: "current", pickup: "upcoming" },
  NOT_SELECTED: { order: "done", draw: "failed", pay: "upcoming", pickup: "upcoming" },
  PAID: { order: "done", draw: "done", pay: "done", pickup: "current" },
  LAPSED: { order: "done", draw: "done", pay: "failed", pickup: "upcoming" },
  PICKED_UP: { order: "done", draw: "done", pay: "done", pickup: "done" },
  FORFEITED: { order: "done", draw: "done", pay: "done", pickup: "failed" },
};

export function orderProgress(status: OrderStatus): { step: Step; state: StepState }[] {
  return STEPS.map((step) => ({ step, state: PROGRESS[status][step] }));
}
