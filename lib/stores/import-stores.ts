import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { uuidv7 } from "@/lib/db/ids";
import type { StaffPrincipal } from "@/lib/auth/session";
import { readStoreCsv, type StoreCsvError } from "./store-csv";

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; errors: StoreCsvError[] };

/**
 * Issue 10 item 2: import stores from a CSV. Every row is checked first (lib/stores/store-csv.ts);
 * one bad row refuses the whole file. A clean file is written by ONE set-based statement —
 * INSERT … SELECT FROM unnest(arrays) ON CONFLICT (code) DO UPDATE — in one transaction with its
 * audit entry: thousands of rows in one round trip (no 65,535-parameter limit: nine array
 * parameters), all or nothing. A known code updates that store (its name, address, centre…).
 */
export async function importStores(actor: StaffPrincipal, csv: string): Promise<ImportResult> {
  const centres = await db().logisticsCentre.findMany({ select: { id: true, chainId: true, name: true, region: true } });
  const read = readStoreCsv(csv, centres);
  if (!read.ok) return read;
  const rows = read.rows;
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  return db().$transaction(async (tx) => {
    const written = await tx.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO stores (id, code, chain_id, name, name_en, county, town, postal_code, address, logistics_centre_id, active)
      SELECT u.id, u.code, u.chain_id, u.name, u.name_en, u.county, u.town, u.postal_code, u.address, u.centre, true
      FROM unnest(${rows.map(() => uuidv7())}::uuid[], ${col("code")}::text[], ${col("chainId")}::text[], ${col("name")}::text[],
                  ${col("nameEn")}::text[], ${col("county")}::text[], ${col("town")}::text[], ${col("postalCode")}::text[],
                  ${col("address")}::text[], ${col("logisticsCentreId")}::uuid[])
        AS u(id, code, chain_id, name, name_en, county, town, postal_code, address, centre)
      ON CONFLICT (code) DO UPDATE SET
        chain_id = EXCLUDED.chain_id, name = EXCLUDED.name, name_en = EXCLUDED.name_en, county = EXCLUDED.county,
        town = EXCLUDED.town, postal_code = EXCLUDED.postal_code, address = EXCLUDED.address,
        logistics_centre_id = EXCLUDED.logistics_centre_id, active = true
      RETURNING (xmax = 0) AS inserted`;
    const created = written.filter((w) => w.inserted).length;
    const updated = written.length - created;
    await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "stores.import", details: { rows: rows.length, created, updated } });
    return { ok: true, created, updated } as const;
  }, { timeout: 60_000 });
}
