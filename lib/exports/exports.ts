import "server-only";
import { reconcile } from "./reconcile";
import { streamCsv } from "./stream";
import { statusSqlText } from "@/lib/orders/order-state";

/**
 * The console's exports (issue 10 item 5), each one SQL statement streamed by cursor (stream.ts).
 * Order references are order ids: random, unique, and what the pickup and payment records name.
 */
export type PickListScope = { centreId?: string; storeId?: string };

/** Orders that need masks at the store: paid ones (collected and forfeited were paid too, D145). */
const SHIPPED = `o.status IN ('PAID', 'PICKED_UP', 'FORFEITED')`;

export const PICK_LIST_HEADER = ["logistics_centre", "chain", "store_code", "store_name", "county", "town", "address", "order_ref", "packs", "masks"] as const;

/** Pick list: one line per pack to ship, grouped by store (packs to ship = the store's lines). */
export function pickListCsv(roundId: string, scope: PickListScope): ReadableStream<Uint8Array> {
  const params: unknown[] = [roundId];
  let where = `o.round_id = $1 AND ${SHIPPED}`;
  if (scope.centreId) where += ` AND s.logistics_centre_id = $${params.push(scope.centreId)}::uuid`;
  if (scope.storeId) where += ` AND o.store_id = $${params.push(scope.storeId)}::uuid`;
  return streamCsv<{ centre: string; chain: string; code: string; name: string; county: string; town: string; address: string; id: string; masks: number }>(
    PICK_LIST_HEADER,
    `SELECT lc.name AS centre, s.chain_id AS chain, s.code, s.name, s.county, s.town, s.address, o.id::text AS id, o.masks
     FROM orders o JOIN stores s ON s.id = o.store_id JOIN logistics_centres lc ON lc.id = s.logistics_centre_id
     WHERE ${where} ORDER BY lc.name, s.code, o.id`,
    params,
    (r) => [r.centre, r.chain, r.code, r.name, r.county, r.town, r.address, r.id, 1, r.masks],
  );
}

export const RECONCILIATION_HEADER = ["order_ref", "store_code", "status", "payment_code", "amount_due", "amount_paid", "successful_payments", "method", "paid_at", "result"] as const;

/** Orders vs payments: every order that was drawn, with its successful payments summed. */
export function reconciliationCsv(roundId: string): ReadableStream<Uint8Array> {
  return streamCsv<{ id: string; code: string; status: string; payment_code: string | null; total: number; paid: number; n: number; method: string | null; paid_at: Date | null }>(
    RECONCILIATION_HEADER,
    `SELECT * FROM (
     SELECT o.id::text AS id, s.code, ${statusSqlText()} AS status, o.payment_code, o.total,
            coalesce(p.paid, 0)::int AS paid, coalesce(p.n, 0)::int AS n, p.method, p.paid_at
     FROM orders o JOIN stores s ON s.id = o.store_id
     LEFT JOIN draw_entries e ON e.order_id = o.id
     LEFT JOIN LATERAL (
       SELECT sum(amount) AS paid, count(*) AS n, string_agg(DISTINCT method::text, '+') AS method, max(paid_at) AS paid_at
       FROM payments WHERE order_id = o.id AND status = 'SUCCEEDED'
     ) p ON TRUE
     WHERE o.round_id = $1
     ) r WHERE status NOT IN ('PLACED', 'NOT_SELECTED')
     ORDER BY code, id`,
    [roundId],
    (r) => [r.id, r.code, r.status, r.payment_code, r.total, r.paid, r.n, r.method, r.paid_at, reconcile({ status: r.status, total: r.total, paidAmount: r.paid, paidCount: r.n })],
  );
}

export const DRAW_HEADER = ["store_code", "store_id", "supply", "order_id", "ticket", "selected"] as const;

/**
 * R2: the draw's verification data, the CSV twin of GET /api/rounds/<id>/draw (lib/rounds/draw-export):
 * every order that took part (it has a draw entry, D173), its store's supply and whether it was drawn,
 * with the ticket sha256("<seed>:<orderId>") recomputed in SQL so anyone can sort and check.
 * Empty (header only) until the seed is revealed.
 */
export function drawCsv(roundId: string): ReadableStream<Uint8Array> {
  return streamCsv<{ code: string; store_id: string; supply: number; id: string; ticket: string; selected: boolean }>(
    DRAW_HEADER,
    `SELECT * FROM (
     SELECT s.code, s.id::text AS store_id, coalesce(sup.packs, 0)::int AS supply, o.id::text AS id,
            encode(sha256(convert_to(r.draw_seed || ':' || o.id::text, 'UTF8')), 'hex') AS ticket,
            e.selected
     FROM rounds r
     JOIN orders o ON o.round_id = r.id
     JOIN draw_entries e ON e.order_id = o.id
     JOIN stores s ON s.id = o.store_id
     LEFT JOIN store_supplies sup ON sup.round_id = r.id AND sup.store_id = o.store_id
     WHERE r.id = $1 AND r.draw_seed IS NOT NULL AND r.drawn_at IS NOT NULL
     ) d ORDER BY code, ticket COLLATE "C", id COLLATE "C"`,
    [roundId],
    (r) => [r.code, r.store_id, r.supply, r.id, r.ticket, r.selected],
  );
}
