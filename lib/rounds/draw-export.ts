import { db } from "@/lib/db/client";

/**
 * R2: everything needed to recompute a round's draw, and nothing personal: the commitment, the
 * revealed seed, and per store its supply, the ids of the orders that took part and which were
 * drawn. Order ids are random and identify no one. Null until the seed is revealed.
 */
export type DrawExport = {
  round: { id: string; name: string; commitment: string; seed: string };
  formula: string;
  stores: { storeId: string; storeCode: string; supply: number; orderIds: string[]; selected: string[] }[];
};

export async function exportDraw(roundId: string): Promise<DrawExport | null> {
  const round = await db().round.findUnique({ where: { id: roundId }, select: { id: true, name: true, drawCommitment: true, drawSeed: true, drawnAt: true } });
  if (!round?.drawSeed || !round.drawCommitment || !round.drawnAt) return null;
  const orders = await db().order.findMany({
    where: { roundId, drawEntry: { isNot: null } }, // only orders that were in the draw (D173)
    select: { id: true, storeId: true, drawEntry: { select: { selected: true } }, store: { select: { code: true } } },
    orderBy: { id: "asc" },
  });
  const supplies = new Map(
    (await db().storeSupply.findMany({ where: { roundId }, select: { storeId: true, packs: true } })).map((s) => [s.storeId, s.packs]),
  );
  const stores = new Map<string, DrawExport["stores"][number]>();
  for (const o of orders) {
    const entry = stores.get(o.storeId) ?? { storeId: o.storeId, storeCode: o.store.code, supply: supplies.get(o.storeId) ?? 0, orderIds: [], selected: [] };
    entry.orderIds.push(o.id);
    if (o.drawEntry?.selected) entry.selected.push(o.id);
    stores.set(o.storeId, entry);
  }
  return {
    round: { id: round.id, name: round.name, commitment: round.drawCommitment, seed: round.drawSeed },
    formula: "commitment = sha256(seed); ticket = sha256(seed + ':' + orderId) in lower-case hex; per store, orders sorted by ticket ascending; the first `supply` are drawn",
    stores: [...stores.values()].sort((a, b) => a.storeCode.localeCompare(b.storeCode)),
  };
}
