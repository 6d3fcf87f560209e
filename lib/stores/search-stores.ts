import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoreQuery } from "./schemas";

/**
 * O5: find a pickup store. Public data only (name, address, chain) plus, when a round is given,
 * whether the store has masks in it. Results are ordered by county, town, name for a stable list.
 */
export async function searchStores(query: StoreQuery) {
  const where: Prisma.StoreWhereInput = {
    active: true,
    ...(query.chain ? { chainId: query.chain } : {}),
    ...(query.county ? { county: query.county } : {}),
    ...(query.town ? { town: query.town } : {}),
    ...(query.q
      ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { address: { contains: query.q, mode: "insensitive" } }, { nameEn: { contains: query.q, mode: "insensitive" } }] }
      : {}),
  };
  const stores = await db().store.findMany({
    where,
    orderBy: [{ county: "asc" }, { town: "asc" }, { name: "asc" }],
    take: query.limit,
    select: {
      id: true, code: true, chainId: true, name: true, nameEn: true, county: true, town: true, address: true,
      supplies: query.roundId ? { where: { roundId: query.roundId }, select: { packs: true } } : false,
    },
  });
  return stores.map(({ supplies, ...s }) => ({ ...s, hasSupply: supplies ? (supplies[0]?.packs ?? 0) > 0 : null }));
}

/** The counties, and the towns of one county, that have stores of a chain: the pickers' options. */
export async function storeFacets(chain?: string, county?: string) {
  const base: Prisma.StoreWhereInput = { active: true, ...(chain ? { chainId: chain } : {}) };
  const [counties, towns] = await Promise.all([
    db().store.groupBy({ by: ["county"], where: base, orderBy: { county: "asc" } }),
    county ? db().store.groupBy({ by: ["town"], where: { ...base, county }, orderBy: { town: "asc" } }) : Promise.resolve([]),
  ]);
  return { counties: counties.map((c) => c.county), towns: towns.map((t) => t.town) };
}
