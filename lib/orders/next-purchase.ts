import { db } from "@/lib/db/client";
import { dayFromDb } from "@/lib/db/days";
import { compareDays, nextPurchaseDay, onlinePurchaseDay, type Day } from "@/lib/rules";

export type NextPurchase = { from: Day | null; latest: { day: Day; channel: "PHARMACY" | "ONLINE"; pending: boolean } | null };

/**
 * S1–S6 for the person's page: the first day they may buy again, and the purchase that decides it.
 * Counts the ledger (pharmacy and online) plus paid orders not yet in it, on the day they will count
 * (S2/S5). Undrawn, unpaid and lapsed orders count as none (S6).
 */
export async function nextPurchaseFor(personId: string): Promise<NextPurchase> {
  const [ledger, pendingPaid] = await Promise.all([
    db().ledgerEntry.findMany({ where: { personId }, select: { effectiveDay: true, channel: true } }),
    db().order.findMany({ where: { personId, status: "PAID", ledgerEntry: null }, select: { round: { select: { pickupStart: true } } } }),
  ]);
  const purchases = ledger.map((e) => ({ day: dayFromDb(e.effectiveDay), channel: e.channel, pending: false }));
  const ledgerDays = purchases.map((p) => p.day);
  for (const o of pendingPaid) {
    purchases.push({ day: onlinePurchaseDay(dayFromDb(o.round.pickupStart), ledgerDays), channel: "ONLINE", pending: true });
  }
  if (purchases.length === 0) return { from: null, latest: null };
  const latest = purchases.reduce((a, b) => (compareDays(b.day, a.day) > 0 ? b : a));
  return { from: nextPurchaseDay(purchases.map((p) => p.day)), latest };
}
