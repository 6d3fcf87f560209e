import "server-only";
import { Prisma, type OrderStatus } from "@/lib/generated/prisma/client";
import { DRAW_DECISION, orderStatus, statusSql } from "@/lib/orders/order-state";
import { db } from "@/lib/db/client";
import { maskIdNumber, maskName } from "@/lib/people/mask";
import { emptyCounts, ORDER_STATUSES, type StatusCounts } from "./figures";

/**
 * Issue 10 item 3: a round's order batches as aggregate SQL. Every figure is a GROUP BY in
 * PostgreSQL over the round's orders and their draw entries (D173) — first per store, then per chain,
 * logistics centre, county, town or store — so the page's cost grows with stores, not orders
 * (bench/console.ts measures it at 1.2 M orders). Nothing per order reaches Node but one store's
 * page of orders and a search hit.
 */
export const DIMENSIONS = ["chain", "centre", "county", "town", "store"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type BatchFilter = { chain?: string; centre?: string; county?: string; town?: string };
export type BatchRow = { key: string; label: string; labelEn: string; supply: number; counts: StatusCounts };

/** The grouping key and label of each dimension (a fixed list: nothing from the request is spliced). */
const GROUP: Record<Dimension, { key: string; label: string; labelEn: string }> = {
  chain: { key: "s.chain_id", label: "ch.name_zh", labelEn: "ch.name_en" },
  centre: { key: "s.logistics_centre_id::text", label: "lc.name", labelEn: "lc.name" },
  county: { key: "s.county", label: "s.county", labelEn: "s.county" },
  town: { key: "s.county || '/' || s.town", label: "s.county || ' ' || s.town", labelEn: "s.county || ' ' || s.town" },
  store: { key: "s.id::text", label: "s.code || ' ' || s.name", labelEn: "s.code || ' ' || s.name_en" },
};

const STATUS_COLUMNS = Prisma.raw(ORDER_STATUSES.map((st) => `count(*) FILTER (WHERE st = '${st}')::int AS "${st}"`).join(", "));
const SUM_COLUMNS = Prisma.raw(ORDER_STATUSES.map((st) => `sum(ps."${st}")::int AS "${st}"`).join(", "));

function filterSql(f: BatchFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.chain) parts.push(Prisma.sql`s.chain_id = ${f.chain}`);
  if (f.centre) parts.push(Prisma.sql`s.logistics_centre_id = ${f.centre}::uuid`);
  if (f.county) parts.push(Prisma.sql`s.county = ${f.county}`);
  if (f.town) parts.push(Prisma.sql`s.town = ${f.town}`);
  return Prisma.join(parts, " AND ");
}

export const PAGE_SIZE = 200;

/** Counts by status (and supply) per group of the dimension, filtered, a page of groups at a time. */
export async function batchRows(roundId: string, by: Dimension, filter: BatchFilter, page = 0): Promise<{ rows: BatchRow[]; groups: number }> {
  const g = GROUP[by];
  const rows = await db().$queryRaw<({ key: string; label: string; label_en: string; supply: number; groups: number } & StatusCounts)[]>`
    WITH ps AS (
      SELECT store_id, ${STATUS_COLUMNS} FROM ${statusesOf(roundId)} GROUP BY store_id
    ), grouped AS (
      SELECT ${Prisma.raw(g.key)} AS key, ${Prisma.raw(g.label)} AS label, ${Prisma.raw(g.labelEn)} AS label_en,
             coalesce(sum(sup.packs), 0)::int AS supply, ${SUM_COLUMNS}
      FROM ps
      JOIN stores s ON s.id = ps.store_id
      JOIN chains ch ON ch.id = s.chain_id
      JOIN logistics_centres lc ON lc.id = s.logistics_centre_id
      LEFT JOIN store_supplies sup ON sup.round_id = ${roundId}::uuid AND sup.store_id = ps.store_id
      WHERE ${filterSql(filter)}
      GROUP BY 1, 2, 3
    )
    SELECT *, (count(*) OVER ())::int AS groups FROM grouped ORDER BY label, key LIMIT ${PAGE_SIZE} OFFSET ${page * PAGE_SIZE}`;
  return {
    groups: rows[0]?.groups ?? 0,
    rows: rows.map((r) => ({
      key: r.key, label: r.label, labelEn: r.label_en, supply: r.supply,
      counts: Object.fromEntries(ORDER_STATUSES.map((st) => [st, r[st]])) as StatusCounts,
    })),
  };
}

/**
 * The round's orders with their status as D173 defines it (the draw entry decides while an order is
 * PLACED), as a derived table with columns store_id and st.
 */
function statusesOf(roundId: string): Prisma.Sql {
  return Prisma.sql`(SELECT o.store_id, ${statusSql()} AS st FROM orders o LEFT JOIN draw_entries e ON e.order_id = o.id WHERE o.round_id = ${roundId}::uuid) os`;
}

/** The whole round's counts by status: one GROUP BY. */
export async function roundCounts(roundId: string): Promise<StatusCounts> {
  const rows = await db().$queryRaw<{ status: string; n: number }[]>`
    SELECT st AS status, count(*)::int AS n FROM ${statusesOf(roundId)} GROUP BY st`;
  const out = emptyCounts();
  for (const r of rows) out[r.status as keyof StatusCounts] = r.n;
  return out;
}

/**
 * Orders placed per Taipei calendar day: grouped by the day's number (epoch seconds + 8 h, integer
 * division — Taiwan has no daylight saving), cheaper per row than formatting a date; named in Node.
 */
export async function ordersPerDay(roundId: string): Promise<{ day: string; n: number }[]> {
  const rows = await db().$queryRaw<{ d: number; n: number }[]>`
    SELECT ((extract(epoch FROM created_at)::bigint + 28800) / 86400)::int AS d, count(*)::int AS n
    FROM orders WHERE round_id = ${roundId}::uuid GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ day: new Date(r.d * 86_400_000).toISOString().slice(0, 10), n: r.n }));
}

/**
 * Orders by channel and the way the person verified (D143): an order does not record the method,
 * so it is the person's credential usable on that channel verified most recently (web: NHI card or
 * certificate; app: phone, device or counter binding); "UNKNOWN" when there is none. One pass over
 * credentials (DISTINCT ON) hash-joined to the round's orders — not a probe per order.
 */
export async function ordersByChannelAndMethod(roundId: string): Promise<{ channel: string; method: string; n: number }[]> {
  return db().$queryRaw<{ channel: string; method: string; n: number }[]>`
    WITH m AS (
      SELECT DISTINCT ON (person_id, web) person_id, web, method
      FROM (SELECT person_id, method, verified_at, method IN ('NHI_CARD', 'CITIZEN_CERT') AS web FROM credentials) c
      ORDER BY person_id, web, verified_at DESC NULLS LAST
    )
    SELECT o.channel::text AS channel, coalesce(m.method::text, 'UNKNOWN') AS method, count(*)::int AS n
    FROM orders o LEFT JOIN m ON m.person_id = o.person_id AND m.web = (o.channel = 'WEB')
    WHERE o.round_id = ${roundId}::uuid
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

export type OrderLine = { id: string; status: string; channel: string; paymentCode: string | null; createdAt: Date; person: string; idNumber: string; storeCode: string; storeName: string };

const orderSelect = {
  id: true, status: true, channel: true, paymentCode: true, createdAt: true, ...DRAW_DECISION,
  person: { select: { name: true, idNumber: true } }, store: { select: { code: true, name: true } },
} as const;

type OrderRow = { id: string; status: OrderStatus; drawEntry: { selected: boolean } | null; channel: string; paymentCode: string | null; createdAt: Date; person: { name: string; idNumber: string }; store: { code: string; name: string } };

/** Personal data leaves the database masked (D144): no console role needs a whole name or ID. */
function line(o: OrderRow): OrderLine {
  return {
    id: o.id, status: orderStatus(o.status, o.drawEntry), channel: o.channel, paymentCode: o.paymentCode, createdAt: o.createdAt,
    person: maskName(o.person.name), idNumber: maskIdNumber(o.person.idNumber), storeCode: o.store.code, storeName: o.store.name,
  };
}

export const STORE_PAGE_SIZE = 100;

/** One store's orders in the round, oldest first, a page at a time. */
export async function storeOrders(roundId: string, storeId: string, page = 0): Promise<{ store: { id: string; code: string; name: string; nameEn: string; county: string; town: string } | null; orders: OrderLine[]; total: number }> {
  const store = await db().store.findUnique({ where: { id: storeId }, select: { id: true, code: true, name: true, nameEn: true, county: true, town: true } });
  if (!store) return { store: null, orders: [], total: 0 };
  const where = { roundId, storeId };
  const [orders, total] = await Promise.all([
    db().order.findMany({ where, select: orderSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: STORE_PAGE_SIZE, skip: page * STORE_PAGE_SIZE }),
    db().order.count({ where }),
  ]);
  return { store, orders: orders.map(line), total };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Find orders of the round by order id or payment code (exact; both are unique). */
export async function searchOrders(roundId: string, q: string): Promise<OrderLine[]> {
  const term = q.trim();
  const where = UUID.test(term) ? { roundId, id: term.toLowerCase() } : /^[0-9A-Za-z]{4,16}$/.test(term) ? { roundId, paymentCode: term } : null;
  if (!where) return [];
  return (await db().order.findMany({ where, select: orderSelect, take: 10 })).map(line);
}
