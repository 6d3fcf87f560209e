import type { OrderStatus } from "@/lib/generated/prisma/client";
import { compareDays, type Day } from "@/lib/rules";

/**
 * The four steps of an order as the person sees them — pre-order → draw → payment → pickup — each
 * with its dates, and where the order's status and today's date put it (issue 9 item 5):
 * - done: finished; failed: the path ended there (not drawn, lapsed, forfeited);
 * - skipped: will never happen because an earlier step ended the path (a not-drawn order has
 *   nothing to pay and nothing to pick up);
 * - current ("now"): only on the step's own days — the draw on results day, payment from results
 *   day to the deadline, pickup within the pickup window;
 * - upcoming: its days have not come yet (and `from` says when they do).
 * Pure: the caller passes the round's calendar and today (Asia/Taipei).
 */
export const STEPS = ["order", "draw", "pay", "pickup"] as const;
export type Step = (typeof STEPS)[number];
export type StepState = "done" | "current" | "failed" | "upcoming" | "skipped";
export type TimelineCalendar = { orderOpensOn: Day; orderClosesOn: Day; resultsOn: Day; paymentDeadline: Day; pickupStart: Day; pickupEnd: Day };
export type TimelineStep = { step: Step; state: StepState; from: Day; to: Day };

const within = (today: Day, from: Day, to: Day) => compareDays(today, from) >= 0 && compareDays(today, to) <= 0;
/** A step still to do: "now" on its days, otherwise upcoming (a late job still shows it as now, never as done). */
const pending = (today: Day, from: Day, to: Day): StepState => (compareDays(today, from) < 0 ? "upcoming" : within(today, from, to) || compareDays(today, to) > 0 ? "current" : "upcoming");

export function orderTimeline(status: OrderStatus, c: TimelineCalendar, today: Day): TimelineStep[] {
  const dates: Record<Step, [Day, Day]> = {
    order: [c.orderOpensOn, c.orderClosesOn],
    draw: [c.resultsOn, c.resultsOn],
    pay: [c.resultsOn, c.paymentDeadline],
    pickup: [c.pickupStart, c.pickupEnd],
  };
  const waiting = (step: Step) => pending(today, ...dates[step]);
  const states: Record<OrderStatus, Record<Step, StepState>> = {
    PLACED: { order: "done", draw: waiting("draw"), pay: "upcoming", pickup: "upcoming" },
    SELECTED: { order: "done", draw: "done", pay: waiting("pay"), pickup: "upcoming" },
    NOT_SELECTED: { order: "done", draw: "failed", pay: "skipped", pickup: "skipped" },
    PAID: { order: "done", draw: "done", pay: "done", pickup: waiting("pickup") },
    LAPSED: { order: "done", draw: "done", pay: "failed", pickup: "skipped" },
    PICKED_UP: { order: "done", draw: "done", pay: "done", pickup: "done" },
    FORFEITED: { order: "done", draw: "done", pay: "done", pickup: "failed" },
  };
  return STEPS.map((step) => ({ step, state: states[status][step], from: dates[step][0], to: dates[step][1] }));
}

/** An order whose path has ended, and how (for the explanation under the timeline). */
export function endedAs(status: OrderStatus): "notDrawn" | "lapsed" | "forfeited" | "collected" | null {
  return ({ NOT_SELECTED: "notDrawn", LAPSED: "lapsed", FORFEITED: "forfeited", PICKED_UP: "collected" } as const)[status as "NOT_SELECTED"] ?? null;
}

/** Orders still on their way (the next-purchase line must not tell their owner "no purchase, you may buy" without a word about them). */
export const isActive = (status: OrderStatus) => status === "PLACED" || status === "SELECTED" || status === "PAID";
