import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { distanceKm } from "./near-me";
import type { StoreQuery } from "./schemas";

const SELECT = {
  id: true, code: true, chainId: true, name: true, nameEn: true, county: true, countyEn: true, town: true, townEn: true,
  address: true, addressEn: true, latitude: true, longitude: true,
} as const;

/**
 * O5: find a pickup store. Public data only (name, address, chain) plus, when a round is given,
 * whether the store has masks in it. Without a position the list is ordered by county, town, name;
 * with one ("near me", issue 9 item 1) by distance, nearest first, and each store carries `km`.
 */
export async function searchStores(query: StoreQuery) {
  const where: Prisma.StoreWhereInput = {
    active: true,
    ...(query.chain ? { chainId: query.chain } : {}),
    ...(query.county && !query.near ? { county: query.county } : {}),
    ...(query.town && !query.near ? { town: query.town } : {}),
    ...(query.q
      ? {
          OR: (["name", "nameEn", "address", "addressEn", "code", "townEn", "countyEn"] as const).map((field) => ({
            [field]: { contains: query.q, mode: "insensitive" as const },
          })),
        }
      : {}),
  };
  const ids = query.near ? await nearestIds(where, query.near, query.limit) : null;
  const stores = await db().store.findMany({
    where: ids ? { id: { in: ids } } : where,
    orderBy: [{ county: "asc" }, { town: "asc" }, { name: "asc" }],
    take: query.limit,
    select: { ...SELECT, supplies: query.roundId ? { where: { roundId: query.roundId }, select: { packs: true } } : false },
  });
  const rows = stores.map(({ supplies, ...s }) => ({
    ...s,
    hasSupply: supplies ? (supplies[0]?.packs ?? 0) > 0 : null,
    km: query.near && s.latitude !== null && s.longitude !== null ? distanceKm(query.near[0], query.near[1], s.latitude, s.longitude) : null,
  }));
  return ids ? rows.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity)) : rows;
}

/**
 * The nearest stores that match the other filters: an equirectangular distance is exact enough to
 * rank stores within Taiwan, and PostgreSQL ranks them without sending every store over the wire.
 */
async function nearestIds(where: Prisma.StoreWhereInput, [lat, lng]: [number, number], limit: number): Promise<string[]> {
  const candidates = await db().store.findMany({ where: { ...where, latitude: { not: null } }, select: { id: true } });
  if (candidates.length === 0) return [];
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM stores
    WHERE id = ANY(${candidates.map((c) => c.id)}::uuid[])
    ORDER BY (latitude - ${lat}) ^ 2 + ((longitude - ${lng}) * cos(radians(${lat}))) ^ 2, id
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

export type Place = { zh: string; en: string };

/** The counties, and the towns of one county, that have stores of a chain: the pickers' options, both languages. */
export async function storeFacets(chain?: string, county?: string): Promise<{ counties: Place[]; towns: Place[] }> {
  const base: Prisma.StoreWhereInput = { active: true, ...(chain ? { chainId: chain } : {}) };
  const [counties, towns] = await Promise.all([
    db().store.groupBy({ by: ["county", "countyEn"], where: base, orderBy: { county: "asc" } }),
    county ? db().store.groupBy({ by: ["town", "townEn"], where: { ...base, county }, orderBy: { town: "asc" } }) : Promise.resolve([]),
  ]);
  const dedupe = (places: Place[]) => places.filter((p, i) => places.findIndex((q) => q.zh === p.zh) === i);
  return {
    counties: dedupe(counties.map((c) => ({ zh: c.county, en: c.countyEn ?? c.county }))),
    towns: dedupe(towns.map((t) => ({ zh: t.town, en: t.townEn ?? t.town }))),
  };
}
