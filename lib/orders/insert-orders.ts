import type pg from "pg";
import type { Channel, OrderStatus } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/rules";

export type PlacedOrder = {
  id: string; roundId: string; storeId: string; channel: Channel; status: OrderStatus;
  masks: number; unitPrice: number; fee: number; total: number; idempotencyKey: string | null; createdAt: Date;
};
export const ORDER_COLUMNS = `id::text AS "id", round_id::text AS "roundId", store_id::text AS "storeId", channel::text AS "channel",
  status::text AS "status", masks, unit_price AS "unitPrice", fee, total, idempotency_key AS "idempotencyKey", created_at AS "createdAt"`;

/** An order to insert (price copied onto it, O4) and its first history event. */
export type OrderRow = {
  id: string; personId: string; roundId: string; storeId: string; channel: Channel;
  masks: number; unitPrice: number; fee: number; total: number; idempotencyKey: string | null;
  eventId: string; actor: string; reason: string;
};
/** D176: the round facts the order was priced and judged on, and R1 as the latest birth date. */
export type RoundGuard = { orderOpensAt: Date; orderClosesOn: Day; adultAge: number; bornBy: Day };

const ROW_INPUT: [keyof OrderRow, string, string][] = [
  ["id", "id", "uuid"], ["personId", "person_id", "uuid"], ["roundId", "round_id", "uuid"], ["storeId", "store_id", "uuid"],
  ["channel", "channel", `"Channel"`], ["masks", "masks", "int"], ["unitPrice", "unit_price", "int"], ["fee", "fee", "int"],
  ["total", "total", "int"], ["idempotencyKey", "idempotency_key", "text"], ["eventId", "event_id", "uuid"],
  ["actor", "actor", "text"], ["reason", "reason", "text"],
];
const GUARD_INPUT: [keyof RoundGuard, string, string][] = [
  ["orderOpensAt", "opens_at", "timestamptz"], ["orderClosesOn", "closes_on", "date"], ["adultAge", "adult_age", "int"], ["bornBy", "born_by", "date"],
];
/**
 * D176: insert only where the database still holds exactly the round facts the order was judged on,
 * the person was born by the R1 bound, and the store is active with supply (the conditions the full
 * path refuses on). Each is a key lookup per row.
 */
const GUARD = `
  JOIN rounds r ON r.id = i.round_id AND r.order_opens_at = i.opens_at AND r.order_closes_on = i.closes_on
    AND r.adult_age = i.adult_age AND r.masks_per_order = i.masks AND r.unit_price = i.unit_price AND r.fee = i.fee
  JOIN people p ON p.id = i.person_id AND p.birth_date <= i.born_by
  JOIN stores st ON st.id = i.store_id AND st.active
  JOIN store_supplies s ON s.round_id = i.round_id AND s.store_id = i.store_id AND s.packs > 0`;

/**
 * Orders and their PLACED events in one statement, any number of them (arrays, one per column).
 * ON CONFLICT DO NOTHING: losing the race for (person, round) or (person, key), or a payment-code
 * clash (D173), inserts nothing for that row and the others go in; an event only follows an order
 * that was. Rows go in person order, so two statements that share people wait for each other in
 * one order and cannot deadlock.
 */
function insertOrdersSql(guarded: boolean): string {
  const columns = guarded ? [...ROW_INPUT, ...GUARD_INPUT] : ROW_INPUT;
  const unnest = `unnest(${columns.map(([, , type], k) => `$${k + 1}::${type}[]`).join(", ")}) AS i(${columns.map(([, col]) => col).join(", ")})`;
  return `WITH input AS (SELECT i.* FROM ${unnest}${guarded ? GUARD : ""}),
    ins AS (
      INSERT INTO orders (id, person_id, round_id, store_id, channel, masks, unit_price, fee, total, idempotency_key, updated_at)
      SELECT id, person_id, round_id, store_id, channel, masks, unit_price, fee, total, idempotency_key, now() FROM input ORDER BY person_id
      ON CONFLICT DO NOTHING
      RETURNING *
    ), ev AS (
      INSERT INTO order_status_events (id, order_id, to_status, actor, reason, at)
      SELECT i.event_id, ins.id, 'PLACED', i.actor, i.reason, now() FROM ins JOIN input i ON i.id = ins.id
    )
    SELECT ${ORDER_COLUMNS} FROM ins`;
}
const INSERT = { plain: insertOrdersSql(false), guarded: insertOrdersSql(true) };

/** The orders inserted, by position: null where nothing was (a conflict, or, guarded, a fact that no longer holds). */
export async function insertOrders(db: pg.ClientBase, rows: OrderRow[], guards?: RoundGuard[]): Promise<(PlacedOrder | null)[]> {
  const values: unknown[] = ROW_INPUT.map(([key]) => rows.map((r) => r[key]));
  if (guards) values.push(...GUARD_INPUT.map(([key]) => guards.map((g) => g[key])));
  // Named: PostgreSQL plans each once per connection, not once per statement.
  const { rows: placed } = await db.query<PlacedOrder>({ name: guards ? "orders-guarded" : "orders", text: guards ? INSERT.guarded : INSERT.plain, values });
  const byId = new Map(placed.map((o) => [o.id, o]));
  return rows.map((r) => byId.get(r.id) ?? null);
}
