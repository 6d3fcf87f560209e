import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { applyMigrations, readMigrations, MIGRATIONS_DIR, SCHEMA_PATH } from "../../scripts/db/schema-engine";
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from "../../scripts/db/postgres";
import { databaseUrl } from "./helpers/db";

// Migrating an empty PostgreSQL through the real prisma/migrations folders creates every table of
// the schema, records history as `prisma migrate deploy` does, and a second run is a no-op.
const url = () => withDatabaseName(databaseUrl(), `emask_migrate_${process.pid}`);

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function tablesInSchema(): Promise<string[]> {
  const text = await readFile(SCHEMA_PATH, "utf8");
  return [...text.matchAll(/@@map\("([a-z_]+)"\)/g)].map((m) => m[1]!).sort();
}

describe("migrations", () => {
  let firstRun: string[];
  beforeAll(async () => {
    await dropDatabase(url());
    await ensureDatabaseExists(url());
    firstRun = await applyMigrations(url());
  });
  afterAll(async () => {
    await dropDatabase(url());
  });

  it("applies every migration folder to an empty database", async () => {
    const folders = (await readMigrations()).migrationDirectories.map((d) => d.path);
    expect(folders.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(folders);
  });

  it("creates every table the schema maps", async () => {
    const expected = await tablesInSchema();
    expect(expected.length).toBeGreaterThanOrEqual(19);
    const rows = await query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    expect(rows.map((r) => r.tablename).sort()).toEqual(expected);
  });

  it("records each migration as prisma migrate deploy does (checksum = sha256 of the file)", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.length).toBe(firstRun.length);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("creates the hand-written constraints too (the 7-day exclusion constraint, CHECKs)", async () => {
    const rows = await query<{ conname: string }>(
      "SELECT conname FROM pg_constraint WHERE contype IN ('x', 'c') AND connamespace = 'public'::regnamespace",
    );
    const names = rows.map((r) => r.conname);
    expect(names).toContain("ledger_entries_one_purchase_per_7_days");
    expect(names).toContain("orders_price_consistent");
    expect(names).toContain("rounds_calendar_in_order");
  });

  it("is a no-op the second time", async () => {
    expect(await applyMigrations(url())).toEqual([]);
    const rows = await query<{ n: string }>("SELECT count(*)::text AS n FROM _prisma_migrations");
    expect(Number(rows[0]!.n)).toBe(firstRun.length);
  });
});
