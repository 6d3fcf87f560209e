import "server-only";
import { db } from "@/lib/db/client";

/**
 * The printable pick lists (issue 10 item 5): per logistics centre, each store with its packs to
 * ship (a GROUP BY); per store, the order references too. Shipped = paid (D145), as in the CSV.
 */
export async function centres(): Promise<{ id: string; name: string; chain: string; stores: number }[]> {
  return db().$queryRaw`
    SELECT lc.id::text, lc.name, lc.chain_id AS chain, count(s.id)::int AS stores
    FROM logistics_centres lc LEFT JOIN stores s ON s.logistics_centre_id = lc.id
    GROUP BY lc.id ORDER BY lc.chain_id, lc.name`;
}

export async function centrePickList(roundId: string, centreId: string) {
  const centre = await db().logisticsCentre.findUnique({ where: { id: centreId }, select: { id: true, name: true, chainId: true } });
  if (!centre) return null;
  const stores = await db().$queryRaw<{ id: string; code: string; name: string; address: string; packs: number }[]>`
    SELECT s.id::text, s.code, s.name, s.address, count(*)::int AS packs
    FROM orders o JOIN stores s ON s.id = o.store_id
    WHERE o.round_id = ${roundId}::uuid AND s.logistics_centre_id = ${centreId}::uuid AND o.status IN ('PAID', 'PICKED_UP', 'FORFEITED')
    GROUP BY s.id ORDER BY s.code`;
  return { centre, stores };
}

export async function storePickList(roundId: string, storeId: string) {
  const store = await db().store.findUnique({ where: { id: storeId }, select: { id: true, code: true, name: true, address: true, logisticsCentre: { select: { name: true } } } });
  if (!store) return null;
  const orders = await db().order.findMany({
    where: { roundId, storeId, status: { in: ["PAID", "PICKED_UP", "FORFEITED"] } }, select: { id: true }, orderBy: { id: "asc" },
  });
  return { store, orderIds: orders.map((o) => o.id) };
}

export async function storeByCode(code: string): Promise<{ id: string; code: string; name: string } | null> {
  return db().store.findUnique({ where: { code }, select: { id: true, code: true, name: true } });
}
