/**
 * What the console lets an admin do with a round's draw and its later steps (issue 10 item 4),
 * decided from the round's state and the time alone (pure). The actions themselves reuse the
 * round's transitions (lib/rounds); these rules only say when a button may be pressed.
 */
import { dueTransitions, type Day, type Transition } from "@/lib/rules";

export type DrawConsoleRound = {
  orderClosesOn: Day; resultsOn: Day; paymentDeadline: Day; pickupStart: Day; pickupEnd: Day;
  closedAt: Date | null; drawnAt: Date | null; notifiedAt: Date | null;
  lapsedAt: Date | null; ledgeredAt: Date | null; forfeitedAt: Date | null;
  batches: { total: number; done: number };
};

export type DrawRefusal = "ORDERING_OPEN" | "ALREADY_DRAWN";
export type DrawConsoleState = {
  phase: "ordering" | "closed" | "drawing" | "drawn";
  draw: { allowed: true } | { allowed: false; reason: DrawRefusal };
  /** Results published (the draw done); notices can be sent now rather than on the next tick. */
  publish: boolean;
  /** Later transitions due now (lapse R3, ledger S2, forfeit R5): the console may run them at once. */
  due: Transition[];
  progress: { done: number; total: number } | null;
};

function jobState(r: DrawConsoleRound) {
  return {
    orderClosesOn: r.orderClosesOn, resultsOn: r.resultsOn, paymentDeadline: r.paymentDeadline, pickupStart: r.pickupStart, pickupEnd: r.pickupEnd,
    done: { close: !!r.closedAt, draw: !!r.drawnAt, lapse: !!r.lapsedAt, ledger: !!r.ledgeredAt, forfeit: !!r.forfeitedAt },
  };
}

/**
 * D142: the draw may be run as soon as ordering has closed (the close transition done, or due now —
 * it runs first and reveals the committed seed), without waiting for the results day's job. It is
 * published as it completes, as the job's draw is: results on the public draw page, notices queued.
 */
export function drawConsoleState(r: DrawConsoleRound, at: Date): DrawConsoleState {
  const due = dueTransitions(jobState(r), at);
  const closed = !!r.closedAt || due.includes("close");
  const drawing = !r.drawnAt && r.batches.total > 0;
  const phase = r.drawnAt ? "drawn" : drawing ? "drawing" : closed ? "closed" : "ordering";
  return {
    phase,
    draw: r.drawnAt ? { allowed: false, reason: "ALREADY_DRAWN" } : closed ? { allowed: true } : { allowed: false, reason: "ORDERING_OPEN" },
    publish: !!r.drawnAt,
    due: due.filter((t) => t === "lapse" || t === "ledger" || t === "forfeit"),
    progress: r.batches.total > 0 ? { done: r.batches.done, total: r.batches.total } : null,
  };
}
