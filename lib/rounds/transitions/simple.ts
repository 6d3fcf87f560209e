import { Prisma, type OrderStatus } from "@/lib/generated/prisma/client";
import { isSelectedSql } from "@/lib/orders/order-state";
import { onlinePurchaseDay } from "@/lib/rules";
import { dayFromDb } from "@/lib/db/days";

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

/** Paid orders entered in the ledger per step: memory and round trips bounded at national size. */
export const LEDGER_CHUNK = 5_000;

/**
 * S2, S3, S5: on pickup day 1 every paid order enters the one ledger, on the first day it can be
 * picked up: pickup day 1, or later if another purchase (a pharmacy sale, or an online order of an
 * earlier round) lies within 7 days of it (onlinePurchaseDay treats every other purchase alike).
 * A chunk of paid orders at a time (by order id): one query for the orders, one for their people's
 * other purchases, the rule in TypeScript, one INSERT — three round trips per 5,000 orders instead of
 * three per order. A person has one order per round, so no order of a chunk affects another's day.
 */
export async function enterLedger(tx: Tx, round: { id: string; pickupStart: Date }, chunk = LEDGER_CHUNK): Promise<number> {
  const pickupStart = dayFromDb(round.pickupStart);
  let after = "00000000-0000-0000-0000-000000000000";
  let entered = 0;
  for (;;) {
    const paid = await tx.$queryRaw<{ id: string; person_id: string }[]>`
      SELECT o.id::text, o.person_id::text FROM orders o
      WHERE o.round_id = ${round.id}::uuid AND o.status = 'PAID' AND o.id > ${after}::uuid
        AND NOT EXISTS (SELECT 1 FROM ledger_entries l WHERE l.order_id = o.id)
      ORDER BY o.id LIMIT ${chunk}`;
    if (paid.length === 0) return entered;
    const people = paid.map((o) => o.person_id);
    const others = new Map<string, string[]>();
    for (const e of await tx.$queryRaw<{ person_id: string; day: string }[]>`
      SELECT person_id::text, effective_day::text AS day FROM ledger_entries WHERE person_id = ANY(${people}::uuid[])`) {
      others.set(e.person_id, [...(others.get(e.person_id) ?? []), e.day]);
    }
    const days = paid.map((o) => onlinePurchaseDay(pickupStart, others.get(o.person_id) ?? []));
    await tx.$executeRaw`
      INSERT INTO ledger_entries (id, person_id, channel, order_id, effective_day)
      SELECT emask_uuidv7(), t.person_id, 'ONLINE'::"PurchaseChannel", t.order_id, t.day
      FROM unnest(${people}::uuid[], ${paid.map((o) => o.id)}::uuid[], ${days}::date[]) AS t(person_id, order_id, day)`;
    entered += paid.length;
    after = paid[paid.length - 1]!.id;
  }
}
