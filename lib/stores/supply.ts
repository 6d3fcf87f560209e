import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { StaffPrincipal } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Issue 10 item 2: packs of 3 allotted to stores for a round — to one store, or a chain's whole
 * allocation spread over its active stores — and where demand already exceeds supply.
 *
 * Supply is what the draw (R2) compares orders with, so it is frozen once ordering has closed
 * (`closedAt`: the close transition ran; D123). Both writes take the round's row lock, as the
 * round transitions do, so a change cannot slip in beside the close.
 */
const CLOSED = new AppError("SUPPLY_FROZEN", "CONFLICT", {
  "zh-TW": "此輪次已截止訂購，配量不能再變更（抽籤以此為準）。",
  en: "Ordering has closed for this round: its supply can no longer change (the draw relies on it).",
});
const NO_ROUND = new AppError("ROUND_NOT_FOUND", "NOT_FOUND", { "zh-TW": "查無此輪次。", en: "No such round." });
const NO_STORE = new AppError("STORE_NOT_FOUND", "NOT_FOUND", { "zh-TW": "查無此門市代號。", en: "No store has this code." });
const NO_STORES = new AppError("CHAIN_HAS_NO_STORES", "CONFLICT", { "zh-TW": "此通路沒有營業中的門市。", en: "This chain has no active stores." });

async function lockOpenRound(tx: Prisma.TransactionClient, roundId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ closed_at: Date | null }[]>`SELECT closed_at FROM rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw NO_ROUND;
  if (rows[0]!.closed_at) throw CLOSED;
}

export async function setStoreSupply(actor: StaffPrincipal, input: { roundId: string; storeCode: string; packs: number }): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenRound(tx, input.roundId);
    const store = await tx.store.findUnique({ where: { code: input.storeCode }, select: { id: true } });
    if (!store) throw NO_STORE;
    await tx.storeSupply.upsert({
      where: { roundId_storeId: { roundId: input.roundId, storeId: store.id } },
      create: { roundId: input.roundId, storeId: store.id, packs: input.packs },
      update: { packs: input.packs },
    });
    await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "supply.set", targetType: "round", targetId: input.roundId, details: { storeCode: input.storeCode, packs: input.packs } });
  });
}

/**
 * A chain's allocation over its active stores, in one statement: each gets ⌊total/n⌋ packs and the
 * first (total mod n) stores by code one more, so the packs add up exactly to the allocation. The
 * chain's stores' earlier supply for the round is replaced.
 */
export async function spreadChainSupply(actor: StaffPrincipal, input: { roundId: string; chainId: string; packs: number }): Promise<{ stores: number }> {
  return db().$transaction(async (tx) => {
    await lockOpenRound(tx, input.roundId);
    const written = await tx.$executeRaw`
      WITH s AS (
        SELECT id, row_number() OVER (ORDER BY code) AS k, count(*) OVER () AS n
        FROM stores WHERE chain_id = ${input.chainId} AND active
      )
      INSERT INTO store_supplies (round_id, store_id, packs)
      SELECT ${input.roundId}::uuid, s.id, (${input.packs}::int / s.n + CASE WHEN s.k <= ${input.packs}::int % s.n THEN 1 ELSE 0 END)::int
      FROM s
      ON CONFLICT (round_id, store_id) DO UPDATE SET packs = EXCLUDED.packs`;
    if (written === 0) throw NO_STORES;
    await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "supply.spread", targetType: "round", targetId: input.roundId, details: { chainId: input.chainId, packs: input.packs, stores: written } });
    return { stores: written };
  });
}

export type Oversubscribed = { code: string; name: string; nameEn: string; chainId: string; county: string; town: string; supply: number; demand: number };

/**
 * Stores whose orders (any status: during ordering all are PLACED) exceed their supply — where a
 * draw will be needed — worst first. One aggregate over the (round_id, store_id, status) index.
 */
export async function oversubscribedStores(roundId: string, limit = 100): Promise<{ stores: Oversubscribed[]; total: number }> {
  const rows = await db().$queryRaw<(Oversubscribed & { total: bigint })[]>`
    WITH demand AS (
      SELECT store_id, count(*)::int AS demand FROM orders WHERE round_id = ${roundId}::uuid GROUP BY store_id
    ), over AS (
      SELECT st.code, st.name, st.name_en AS "nameEn", st.chain_id AS "chainId", st.county, st.town,
             COALESCE(ss.packs, 0) AS supply, d.demand
      FROM demand d
      JOIN stores st ON st.id = d.store_id
      LEFT JOIN store_supplies ss ON ss.round_id = ${roundId}::uuid AND ss.store_id = d.store_id
      WHERE d.demand > COALESCE(ss.packs, 0)
    )
    SELECT *, count(*) OVER () AS total FROM over ORDER BY demand - supply DESC, code LIMIT ${limit}`;
  return { stores: rows.map(({ total: _t, ...r }) => r), total: Number(rows[0]?.total ?? 0) };
}

/** Supply and demand by chain for a round: the page's overview. */
export async function supplyByChain(roundId: string): Promise<{ chainId: string; stores: number; supply: number; demand: number }[]> {
  return db().$queryRaw`
    SELECT c.id AS "chainId",
           (SELECT count(*)::int FROM stores s WHERE s.chain_id = c.id AND s.active) AS stores,
           COALESCE((SELECT sum(ss.packs)::int FROM store_supplies ss JOIN stores s ON s.id = ss.store_id WHERE ss.round_id = ${roundId}::uuid AND s.chain_id = c.id), 0) AS supply,
           COALESCE((SELECT count(*)::int FROM orders o JOIN stores s ON s.id = o.store_id WHERE o.round_id = ${roundId}::uuid AND s.chain_id = c.id), 0) AS demand
    FROM chains c ORDER BY c.id`;
}
