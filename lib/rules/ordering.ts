/**
 * O1, O3, R1: whether a person may place a pre-order now, and the pickup and pharmacy checks of the
 * 7-day rule (S1–S5) as the order lifecycle asks them. Pure: the caller passes the instant or day.
 */
import { compareDays, dayInTaipei, type Day } from "./day";
import { isAdult } from "./age";
import { nextPurchaseDay, onlinePurchaseDay } from "./purchase";
import { pharmacyDayAllowed } from "./pharmacy";

/** R1: ordering is open from the opening instant (e.g. 09:00 Taipei) to the end of the closing day. */
export function orderingOpen(orderOpensAt: Date, orderClosesOn: Day, at: Date): boolean {
  return at.getTime() >= orderOpensAt.getTime() && compareDays(dayInTaipei(at), orderClosesOn) <= 0;
}

export type OrderRefusal = "WINDOW_NOT_OPEN" | "WINDOW_CLOSED" | "NOT_ADULT";

/** O1 + R1: why a pre-order cannot be placed now, or null when it can. (O3 is the database's unique key.) */
export function orderRefusal(
  round: { orderOpensAt: Date; orderClosesOn: Day; adultAge: number },
  person: { birthDate: Day },
  at: Date,
): OrderRefusal | null {
  if (at.getTime() < round.orderOpensAt.getTime()) return "WINDOW_NOT_OPEN";
  if (!orderingOpen(round.orderOpensAt, round.orderClosesOn, at)) return "WINDOW_CLOSED";
  if (!isAdult(person.birthDate, dayInTaipei(at), round.adultAge)) return "NOT_ADULT";
  return null;
}

export type PickupCheck = { ok: true; purchaseDay: Day } | { ok: false; code: "TOO_EARLY"; from: Day } | { ok: false; code: "TOO_LATE" };

/**
 * R4, R5, S2, S3: may an order be handed over on `day`? From its purchase day (S2, or later when a
 * pharmacy purchase delayed it, S3/S5) to the end of the pickup window.
 */
export function pickupCheck(pickupStart: Day, pickupEnd: Day, pharmacyDays: Day[], day: Day): PickupCheck {
  const from = onlinePurchaseDay(pickupStart, pharmacyDays);
  if (compareDays(day, pickupEnd) > 0) return { ok: false, code: "TOO_LATE" };
  if (compareDays(day, from) < 0) return { ok: false, code: "TOO_EARLY", from };
  return { ok: true, purchaseDay: from };
}

export type PharmacySaleCheck =
  | { ok: true }
  | { ok: false; code: "NOT_TODAY" } // O2: odd/even day
  | { ok: false; code: "TOO_SOON"; from: Day } // S1
  | { ok: false; code: "PICKUP_WOULD_LAPSE"; pickupEnd: Day }; // S3 guard, see docs/rules.md

/**
 * O2, S1, S2, S3, S4: may a pharmacy sell to this person on `day`? `purchaseDays` are the ledger's
 * days (pharmacy and online entries); `pendingOnline` are live online orders not yet in the ledger.
 *
 * S2: a paid order whose pickup window has started counts as purchased on its S2/S5 day whether or
 * not the ledger job has run yet (issue 7 item 5: a sale at 00:00:01 on pickup day 1, before the
 * job, must not slip in and push the order past its window). So such an order's day is added to the
 * purchase days here, from the order itself, exactly as the job (enterLedger) will compute it.
 * An unpaid order counts as none (S6).
 *
 * S3/S4 let a person buy at a pharmacy while an online order is pending (window not started); that
 * purchase moves the order's pickup (S5) — refused only if it would move it past the end of its
 * window, so a paid order could no longer be collected.
 */
export function pharmacySaleCheck(input: {
  idNumber: string;
  day: Day;
  purchaseDays: Day[];
  pharmacyDays: Day[];
  pendingOnline: { pickupStart: Day; pickupEnd: Day; paid: boolean }[];
}): PharmacySaleCheck {
  if (!pharmacyDayAllowed(input.idNumber, input.day)) return { ok: false, code: "NOT_TODAY" };
  const started = input.pendingOnline.filter((o) => o.paid && compareDays(input.day, o.pickupStart) >= 0);
  const notStarted = input.pendingOnline.filter((o) => compareDays(input.day, o.pickupStart) < 0);
  // S2/S5 day of each started, paid order, computed as the ledger job computes it (all other purchases).
  const counted = started.map((o) => onlinePurchaseDay(o.pickupStart, input.purchaseDays));
  const next = nextPurchaseDay([...input.purchaseDays, ...counted]);
  if (next !== null && compareDays(input.day, next) < 0) return { ok: false, code: "TOO_SOON", from: next };
  for (const order of notStarted) {
    const moved = onlinePurchaseDay(order.pickupStart, [...input.pharmacyDays, input.day]);
    if (compareDays(moved, order.pickupEnd) > 0) return { ok: false, code: "PICKUP_WOULD_LAPSE", pickupEnd: order.pickupEnd };
  }
  return { ok: true };
}

export type PickupDocument = "ID_CARD" | "NHI_CARD" | "DRIVERS_LICENSE";

/**
 * R4: the document shown at pickup must be the orderer's own — also when someone else picks up.
 * An ID card shows the ID number; so does a Taiwanese driver's licence (its number is the holder's
 * ID number); an NHI card shows its 12-digit card number. Compared as printed, upper case, no spaces.
 */
export function pickupDocumentMatches(type: PickupDocument, number: string, holder: { idNumber: string; nhiCardNumbers: string[] }): boolean {
  const shown = number.replace(/\s/g, "").toUpperCase();
  return type === "NHI_CARD" ? holder.nhiCardNumbers.includes(shown) : shown === holder.idNumber;
}
