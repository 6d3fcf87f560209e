import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { getCurrentRound } from "@/lib/rounds/current-round";
import { csvLine } from "@/lib/exports/csv";

/**
 * Issue 10 item 8: the current round's supply and demand per store, for anyone — like the mask
 * maps people built in 2020. Counts only: no person, no order id. One GROUP BY over the orders'
 * (round_id, store_id, status) index.
 */
export type OpenStore = { code: string; chain: string; name: string; nameEn: string; county: string; town: string; address: string; supply: number; demand: number };
export type OpenData = { round: { id: string; name: string; orderOpensOn: string; orderClosesOn: string; pickupStart: string; pickupEnd: string }; generatedFor: string; stores: OpenStore[] };

export async function openSupplyDemand(): Promise<OpenData | null> {
  const current = await getCurrentRound();
  if (!current) return null;
  const r = current.round;
  const rows = await db().$queryRaw<{ code: string; chain: string; name: string; name_en: string; county: string; town: string; address: string; supply: number; demand: number }[]>`
    WITH d AS (SELECT store_id, count(*)::int AS demand FROM orders WHERE round_id = ${r.id}::uuid GROUP BY store_id),
         sup AS (SELECT store_id, packs FROM store_supplies WHERE round_id = ${r.id}::uuid)
    SELECT s.code, s.chain_id AS chain, s.name, s.name_en, s.county, s.town, s.address,
           coalesce(sup.packs, 0)::int AS supply, coalesce(d.demand, 0)::int AS demand
    FROM stores s LEFT JOIN sup ON sup.store_id = s.id LEFT JOIN d ON d.store_id = s.id
    WHERE sup.store_id IS NOT NULL OR d.store_id IS NOT NULL
    ORDER BY s.county, s.town, s.code`;
  return {
    round: { id: r.id, name: r.name, orderOpensOn: r.orderOpensOn, orderClosesOn: r.orderClosesOn, pickupStart: r.pickupStart, pickupEnd: r.pickupEnd },
    generatedFor: current.today,
    stores: rows.map((s) => ({ code: s.code, chain: s.chain, name: s.name, nameEn: s.name_en, county: s.county, town: s.town, address: s.address, supply: s.supply, demand: s.demand })),
  };
}

export const OPEN_CSV_HEADER = ["round", "store_code", "chain", "store_name", "store_name_en", "county", "town", "address", "supply_packs", "orders"] as const;

export function openDataCsv(d: OpenData): string {
  return `\uFEFF${csvLine(OPEN_CSV_HEADER)}${d.stores.map((s) => csvLine([d.round.name, s.code, s.chain, s.name, s.nameEn, s.county, s.town, s.address, s.supply, s.demand])).join("")}`;
}

/** A strong ETag of the exact body: a cache or a client revalidates with If-None-Match. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => { const v = t.trim().replace(/^W\//, ""); return v === etag || v === "*"; });
}

/** Caches may keep it a minute and serve it stale while they refresh: figures move slowly. */
export const OPEN_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function openResponse(body: string, contentType: string, ifNoneMatch: string | null, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { "cache-control": OPEN_CACHE_CONTROL, etag, "access-control-allow-origin": "*", ...extra };
  if (matchesEtag(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": contentType } });
}
