/**
 * Issue 10 item 1: the rules of creating and editing a round, pure (no clock, no database), so
 * every case is a unit test. Errors are per field (a form shows each by its field, GOV.UK style):
 * - the calendar runs opens ≤ closes < results ≤ payment deadline < pickup start ≤ pickup end
 *   (R1; the same chain as lib/rules/round.ts, each break reported on the later field);
 * - ordering must open in the future (a round cannot be opened retroactively);
 * - once ordering has opened, orders rely on the round's terms and dates (price O4, adult age O1,
 *   the draw's commitment R2, the pickup days S2): only the name may still change (D120).
 */
import { compareDays, type Day } from "@/lib/rules";

export type RoundDraft = {
  name: string;
  product: "ADULT_MASK";
  masksPerOrder: number;
  unitPrice: number;
  fee: number;
  adultAge: number;
  orderOpensOn: Day;
  /** HH:MM, Taipei wall time. */
  orderOpensTime: string;
  orderClosesOn: Day;
  resultsOn: Day;
  paymentDeadline: Day;
  pickupStart: Day;
  pickupEnd: Day;
};

export type RoundField = keyof RoundDraft;
export type RoundErrorCode = "INVALID" | "BEFORE" | "NOT_AFTER" | "IN_PAST" | "LOCKED";
/** `other`: the field this one must follow (for BEFORE / NOT_AFTER messages). */
export type RoundFieldError = { code: RoundErrorCode; other?: RoundField };
export type RoundErrors = Partial<Record<RoundField, RoundFieldError>>;

/** The order fields appear in on the form, so the error summary lists them in the same order. */
export const ROUND_FIELDS: readonly RoundField[] = [
  "name", "product", "masksPerOrder", "unitPrice", "fee", "adultAge",
  "orderOpensOn", "orderOpensTime", "orderClosesOn", "resultsOn", "paymentDeadline", "pickupStart", "pickupEnd",
];

const CHAIN: ReadonlyArray<{ before: RoundField & keyof RoundDraft; after: RoundField; strict: boolean }> = [
  { before: "orderOpensOn", after: "orderClosesOn", strict: false },
  { before: "orderClosesOn", after: "resultsOn", strict: true },
  { before: "resultsOn", after: "paymentDeadline", strict: false },
  { before: "paymentDeadline", after: "pickupStart", strict: true },
  { before: "pickupStart", after: "pickupEnd", strict: false },
];

/** The instant ordering opens: `orderOpensOn` at `orderOpensTime` in Taipei (UTC+8, no DST). */
export function opensAt(d: Pick<RoundDraft, "orderOpensOn" | "orderOpensTime">): Date {
  return new Date(`${d.orderOpensOn}T${d.orderOpensTime}:00+08:00`);
}

/** R1: the calendar's order, one error on the later field of each broken step. */
export function calendarErrors(d: RoundDraft): RoundErrors {
  const errors: RoundErrors = {};
  for (const { before, after, strict } of CHAIN) {
    const cmp = compareDays(d[after] as Day, d[before] as Day);
    if (strict ? cmp <= 0 : cmp < 0) errors[after] ??= { code: strict ? "NOT_AFTER" : "BEFORE", other: before };
  }
  return errors;
}

/**
 * Everything wrong with saving `next` at `now`: over a new round (`current` null) or over the
 * round as stored (`current`). {} means it may be saved.
 */
export function roundErrors(next: RoundDraft, current: RoundDraft | null, now: Date): RoundErrors {
  const opened = current !== null && opensAt(current).getTime() <= now.getTime();
  if (opened) {
    const errors: RoundErrors = {};
    for (const f of ROUND_FIELDS) if (f !== "name" && next[f] !== current[f]) errors[f] = { code: "LOCKED" };
    return errors;
  }
  const errors = calendarErrors(next);
  if (opensAt(next).getTime() <= now.getTime()) errors.orderOpensOn ??= { code: "IN_PAST" };
  return errors;
}
