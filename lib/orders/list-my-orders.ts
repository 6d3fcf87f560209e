import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { DRAW_DECISION, orderStatus } from "./order-state";

/** Statuses in which the person needs (or has used) the payment code; before the draw it is withheld. */
const CODE_SHOWN = new Set(["SELECTED", "PAID", "LAPSED", "PICKED_UP", "FORFEITED"]);

/**
 * A person's orders with what their pages show; scoped by person in the query itself. The status is
 * the order's status under D173 (its draw entry decides while it is PLACED), and the history shows
 * the draw's decision at the time the round was drawn.
 */
export async function listMyOrders(personId: string) {
  const rows = await db().order.findMany({
    where: { personId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, status: true, channel: true, masks: true, total: true, createdAt: true, paymentCode: true, ...DRAW_DECISION,
      round: { select: { id: true, name: true, nameEn: true, orderOpensAt: true, orderClosesOn: true, resultsOn: true, paymentDeadline: true, pickupStart: true, pickupEnd: true, drawnAt: true } },
      store: { select: { id: true, name: true, nameEn: true, address: true, addressEn: true, chainId: true, chain: { select: { nameZh: true, nameEn: true } } } },
      history: { orderBy: { at: "asc" }, select: { toStatus: true, at: true } },
      ledgerEntry: { select: { effectiveDay: true } },
    },
  });
  return rows.map(({ drawEntry, round: { drawnAt, ...round }, history, ...o }) => {
    const status = orderStatus(o.status, drawEntry);
    // The draw writes no status event (D173): its decision joins the history when the round was
    // drawn (or now, while the round's last batches are still being drawn).
    const decided = drawEntry ? [{ toStatus: drawEntry.selected ? ("SELECTED" as const) : ("NOT_SELECTED" as const), at: drawnAt ?? now() }] : [];
    const timeline = [...history.slice(0, 1), ...decided, ...history.slice(1)];
    return { ...o, status, round, history: timeline, paymentCode: CODE_SHOWN.has(status) ? o.paymentCode : null };
  });
}
