import { Prisma, type OrderStatus } from "@/lib/generated/prisma/client";
import { isSelectedSql } from "@/lib/orders/order-state";
import { onlinePurchaseDay } from "@/lib/rules";
import { dayFromDb, dayToDb } from "@/lib/db/days";

type Tx = Prisma.TransactionClient;

/**
 * Move every order of a round from one status to another, with a history event each (R3, R5), in
 * one set-based statement. SELECTED is the status D173 defines: stored, or PLACED with a selected
 * draw entry; the new status is stored either way.
 */
export async function moveOrders(tx: Tx, roundId: string, from: OrderStatus, to: OrderStatus, actor: string): Promise<number> {
  const matches = from === "SELECTED" ? Prisma.raw(isSelectedSql("o")) : Prisma.sql`o.status = ${from}::"OrderStatus"`;
  return tx.$executeRaw`
    WITH moved AS (
      UPDATE orders o SET status = ${to}::"OrderStatus", updated_at = now()
      WHERE o.round_id = ${roundId}::uuid AND ${matches}
      RETURNING o.id
    )
    INSERT INTO order_status_events (id, order_id, from_status, to_status, actor, at)
    SELECT emask_uuidv7(), id, ${from}::"OrderStatus", ${to}::"OrderStatus", ${actor}, now() FROM moved ORDER BY id`;
}

/**
 * S2, S3, S5: on pickup day 1 every paid order enters the one ledger, on the first day it can be
 * picked up: pickup day 1, or later if another purchase (a pharmacy sale, or an online order of an
 * earlier round) lies within 7 days of it (onlinePurchaseDay treats every other purchase alike).
 */
export async function enterLedger(tx: Tx, round: { id: string; pickupStart: Date }): Promise<number> {
  const pickupStart = dayFromDb(round.pickupStart);
  const paid = await tx.order.findMany({ where: { roundId: round.id, status: "PAID", ledgerEntry: null }, select: { id: true, personId: true } });
  for (const o of paid) {
    const others = await tx.ledgerEntry.findMany({ where: { personId: o.personId }, select: { effectiveDay: true } });
    const day = onlinePurchaseDay(pickupStart, others.map((p) => dayFromDb(p.effectiveDay)));
    await tx.ledgerEntry.create({ data: { personId: o.personId, channel: "ONLINE", orderId: o.id, effectiveDay: dayToDb(day) } });
  }
  return paid.length;
}
