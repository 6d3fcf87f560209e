/**
 * R1–R5, S2: which of a round's background transitions are due at an instant. Each happens once,
 * in this order, and only after the one before it. Pure: the caller passes the round's calendar, the
 * transitions already done, and the instant.
 */
import { compareDays, dayInTaipei, type Day } from "./day";

export const TRANSITIONS = ["close", "draw", "lapse", "ledger", "forfeit"] as const;
export type Transition = (typeof TRANSITIONS)[number];

export type RoundJobState = {
  orderClosesOn: Day;
  resultsOn: Day;
  paymentDeadline: Day;
  pickupStart: Day;
  pickupEnd: Day;
  done: Record<Transition, boolean>;
};

/** The day from which each transition is due (Taipei days; due from 00:00 of that day). */
function dueFrom(t: Transition, r: RoundJobState): { day: Day; after: boolean } {
  switch (t) {
    case "close": return { day: r.orderClosesOn, after: true }; // R1: after the last ordering day
    case "draw": return { day: r.resultsOn, after: false }; // R2/R3: results and notices on results day
    case "lapse": return { day: r.paymentDeadline, after: true }; // R3: unpaid after the deadline day
    case "ledger": return { day: r.pickupStart, after: false }; // S2: paid orders count from pickup day 1
    case "forfeit": return { day: r.pickupEnd, after: true }; // R5: not collected after the last day
  }
}

/** The transitions to run now, in order: each due and not done, with everything before it done. */
export function dueTransitions(r: RoundJobState, at: Date): Transition[] {
  const today = dayInTaipei(at);
  const due: Transition[] = [];
  for (const t of TRANSITIONS) {
    if (r.done[t]) continue;
    const { day, after } = dueFrom(t, r);
    const cmp = compareDays(today, day);
    if (after ? cmp <= 0 : cmp < 0) break; // not yet due: later ones cannot be either
    due.push(t);
  }
  return due;
}
