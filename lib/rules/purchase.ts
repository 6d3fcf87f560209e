/**
 * S1–S5: the 7-day rule. One purchase of 3 adult masks per 7 days, across pharmacies and online,
 * on one shared ledger. Everything here works on purchase *days*; which purchases count (S6: a
 * paid-but-forfeited order counts, an undrawn or unpaid one does not) is the caller's choice.
 */
import { addDays, compareDays, daysBetween, dayToUtcMs, type Day } from "./day";

/** S1: after a purchase on day p, the next one is allowed from p + 7. */
export const PURCHASE_INTERVAL_DAYS = 7;

/** S1: the first day the person may buy again: latest purchase + 7; null when none. */
export function nextPurchaseDay(purchaseDays: Day[]): Day | null {
  let latest: Day | null = null;
  for (const day of purchaseDays) {
    dayToUtcMs(day); // validate every entry, not only the latest: a bad ledger row is a bug
    if (latest === null || compareDays(day, latest) > 0) latest = day;
  }
  return latest === null ? null : addDays(latest, PURCHASE_INTERVAL_DAYS);
}

/**
 * S2, S3, S5: the day an online order counts as purchased (and can first be picked up).
 *
 * S2: normally the first day of the pickup window. S3: a pharmacy purchase p blocks every day
 * within 7 days of it, in both directions (d must be ≥ p + 7, or p must be ≥ d + 7). S5: the
 * order then counts on the first day it could be picked up. So: the earliest d ≥ pickupStart
 * with |d − p| ≥ 7 for every pharmacy day p.
 */
export function onlinePurchaseDay(pickupStart: Day, pharmacyDays: Day[]): Day {
  dayToUtcMs(pickupStart);
  for (const p of pharmacyDays) dayToUtcMs(p);
  let d = pickupStart;
  // Every day in [d, p + 7) conflicts with a conflicting p, so jumping to the largest such
  // p + 7 skips no valid day. d only grows and each p can conflict at most once: ≤ n rounds.
  for (;;) {
    let jumpTo: Day | null = null;
    for (const p of pharmacyDays) {
      if (Math.abs(daysBetween(p, d)) < PURCHASE_INTERVAL_DAYS) {
        const free = addDays(p, PURCHASE_INTERVAL_DAYS);
        if (jumpTo === null || compareDays(free, jumpTo) > 0) jumpTo = free;
      }
    }
    if (jumpTo === null) return d;
    d = jumpTo;
  }
}
