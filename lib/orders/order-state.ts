import { Prisma, type OrderStatus } from "@/lib/generated/prisma/client";

/**
 * D173: where an order's status lives. `orders.status` records what people and jobs did to the
 * order (placed, paid, lapsed, collected, forfeited). The draw does not rewrite orders: it writes one
 * draw entry per order it decides. So while the stored status is still PLACED, the order's entry —
 * if its store has been drawn — says whether it is SELECTED or NOT_SELECTED. (Rounds drawn before
 * D173, and test fixtures, may store SELECTED / NOT_SELECTED directly; those are read as stored.)
 * Every reader of an order's status goes through one of the three forms below.
 */

/** The one rule, for a row read with its entry's `selected` (null: no entry). */
export function orderStatus(stored: OrderStatus, entry: { selected: boolean } | null | undefined): OrderStatus {
  if (stored !== "PLACED" || !entry) return stored;
  return entry.selected ? "SELECTED" : "NOT_SELECTED";
}

/** For Prisma selects: what `orderStatus` needs beside `status`. */
export const DRAW_DECISION = { drawEntry: { select: { selected: true } } } as const;

/** A Prisma `where` for orders whose status (as above) is one of `statuses`. */
export function statusIn(...statuses: OrderStatus[]): Prisma.OrderWhereInput {
  // Stored as such (a stored PLACED only without an entry), or PLACED with the deciding entry.
  const or: Prisma.OrderWhereInput[] = [{ status: { in: statuses.filter((s) => s !== "PLACED") } }];
  if (statuses.includes("PLACED")) or.push({ status: "PLACED", drawEntry: { is: null } });
  for (const s of statuses) {
    if (s === "SELECTED" || s === "NOT_SELECTED") or.push({ status: "PLACED", drawEntry: { is: { selected: s === "SELECTED" } } });
  }
  return { OR: or };
}

/**
 * The same rule in SQL: `order` and `entry` are the aliases of orders and of draw_entries LEFT
 * JOINed on `entry.order_id = order.id`. Yields the status as text.
 */
export function statusSql(order = "o", entry = "e"): Prisma.Sql {
  return Prisma.raw(
    `(CASE WHEN ${order}.status = 'PLACED' AND ${entry}.order_id IS NOT NULL ` +
      `THEN (CASE WHEN ${entry}.selected THEN 'SELECTED' ELSE 'NOT_SELECTED' END) ELSE ${order}.status::text END)`,
  );
}

/** statusSql as a plain string, for queries built outside Prisma (pg streams). */
export const statusSqlText = (order = "o", entry = "e") => statusSql(order, entry).sql;

/**
 * SQL condition: the order `order` is SELECTED under the rule (stored, or PLACED with a selected
 * entry). Used by the transitions out of SELECTED (payment, lapse), which then store the new status.
 */
export function isSelectedSql(order = "o"): string {
  return `(${order}.status = 'SELECTED' OR (${order}.status = 'PLACED' AND EXISTS (SELECT 1 FROM draw_entries de WHERE de.order_id = ${order}.id AND de.selected)))`;
}
