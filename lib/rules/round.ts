/**
 * R1: a round (one cycle of pre-order → draw → payment → pickup) is data, not code. These helpers
 * check that a round's calendar is in a sensible order and say which phase a given day is in.
 */
import { compareDays, type Day } from "./day";

export type RoundCalendar = {
  orderOpensOn: Day;
  orderClosesOn: Day;
  resultsOn: Day;
  paymentDeadline: Day;
  pickupStart: Day;
  pickupEnd: Day;
};

export type RoundPhase =
  | "upcoming"
  | "ordering"
  | "drawing"
  | "payment"
  | "awaiting-pickup"
  | "pickup"
  | "ended";

/** The first round, as run in 2020 (see the table in docs/domain.md; 3/12 was a Thursday). */
export const ROUND_2020_CALENDAR: Readonly<RoundCalendar> = Object.freeze({
  orderOpensOn: "2020-03-12",
  orderClosesOn: "2020-03-18",
  resultsOn: "2020-03-19",
  paymentDeadline: "2020-03-25", // [decision] inferred from the timeline
  pickupStart: "2020-03-26",
  pickupEnd: "2020-04-01",
});

type Field = keyof RoundCalendar;

/**
 * The chain opens ≤ closes < results ≤ paymentDeadline < pickupStart ≤ pickupEnd. The strict
 * steps keep phases from overlapping: the draw needs the closed order book, and pickup cannot
 * start on a day when people may still pay (unpaid orders lapse at the deadline, R3).
 */
const ORDERINGS: ReadonlyArray<{ before: Field; after: Field; strict: boolean }> = [
  { before: "orderOpensOn", after: "orderClosesOn", strict: false },
  { before: "orderClosesOn", after: "resultsOn", strict: true },
  { before: "resultsOn", after: "paymentDeadline", strict: false },
  { before: "paymentDeadline", after: "pickupStart", strict: true },
  { before: "pickupStart", after: "pickupEnd", strict: false },
];

/**
 * R1: one human-readable message per violated ordering; [] when the calendar is valid.
 * A malformed day throws RangeError (like every function here) — it is not an ordering problem.
 */
export function validateRoundCalendar(c: RoundCalendar): string[] {
  const problems: string[] = [];
  for (const { before, after, strict } of ORDERINGS) {
    const cmp = compareDays(c[after], c[before]);
    if (strict ? cmp <= 0 : cmp < 0) {
      const relation = strict ? "after" : "on or after";
      problems.push(`${after} (${c[after]}) must be ${relation} ${before} (${c[before]})`);
    }
  }
  return problems;
}

/**
 * R1: which phase of the round `day` falls in. Boundaries: ordering = opens..closes inclusive;
 * drawing = after close, before results; payment = results..deadline; awaiting-pickup = after the
 * deadline, before pickup; pickup = pickupStart..pickupEnd; ended afterwards. An invalid calendar
 * throws RangeError: its phases would overlap and any single answer would be arbitrary.
 */
export function roundPhase(c: RoundCalendar, day: Day): RoundPhase {
  const problems = validateRoundCalendar(c);
  if (problems.length > 0) throw new RangeError(`Invalid round calendar: ${problems.join("; ")}`);
  const before = (d: Day) => compareDays(day, d) < 0;
  const onOrBefore = (d: Day) => compareDays(day, d) <= 0;
  if (before(c.orderOpensOn)) return "upcoming";
  if (onOrBefore(c.orderClosesOn)) return "ordering";
  if (before(c.resultsOn)) return "drawing";
  if (onOrBefore(c.paymentDeadline)) return "payment";
  if (before(c.pickupStart)) return "awaiting-pickup";
  if (onOrBefore(c.pickupEnd)) return "pickup";
  return "ended";
}
