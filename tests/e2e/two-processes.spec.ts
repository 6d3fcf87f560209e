/**
 * Issue 8 item 5: emask runs as several stateless processes against one database. Two production
 * servers (`scripts/server.mjs`, the real build) share a database of their own; each runs the
 * background worker every second. A closed round with 40 stores, drawn in batches of 4 stores, must
 * be closed once, drawn once — every order exactly one draw event and one notice, every store's
 * winners those of the public rule — whichever process claims which batch.
 * (In the e2e tier because it needs the build; ports E2E_PORT + 2 and + 3.)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { drawStore } from "@/lib/rules";
import { e2eDatabaseUrl, sqlAt } from "./helpers/db";

const PORTS = [2, 3].map((d) => Number(process.env.E2E_PORT ?? 3100) + d);
const STORES = 40;
const ORDERS = 1200;

function jobsDatabaseUrl(): string {
  const url = new URL(e2eDatabaseUrl());
  url.pathname = `${url.pathname.slice(1)}_jobs`;
  return url.toString();
}

function serverEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env, DATABASE_URL: jobsDatabaseUrl(), EMASK_DEPLOYMENT: "local", AUTH_TRUST_HOST: "true", NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    EMASK_JOB_INTERVAL_SECONDS: "1", EMASK_DRAW_STORES_PER_BATCH: "4",
  };
}

const query = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => sqlAt<T>(jobsDatabaseUrl(), text, values);

test.describe("issue 8 item 5: two server processes, one database", () => {
  test.describe.configure({ timeout: 180_000 });
  const servers: ChildProcess[] = [];
  let roundId = "";

  test.beforeAll(async () => {
    const admin = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await admin.connect();
    const name = new URL(jobsDatabaseUrl()).pathname.slice(1);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const migrate = spawnSync(process.execPath, ["--import", "tsx", "scripts/db/migrate.ts"], { env: serverEnv(PORTS[0]!), encoding: "utf8", timeout: 90_000 });
    expect(migrate.status, migrate.stderr).toBe(0);
    // A round whose ordering closed yesterday and whose results are due today (Taipei), with orders.
    const [round] = await query<{ id: string }>(
      `INSERT INTO rounds (id, name, order_opens_at, order_closes_on, results_on, payment_deadline, pickup_start, pickup_end)
       SELECT gen_random_uuid(), 'two processes', now() - interval '5 days', d - 1, d, d + 6, d + 7, d + 13
       FROM (SELECT (now() AT TIME ZONE 'Asia/Taipei')::date AS d) t RETURNING id`,
    );
    roundId = round!.id;
    await query(`INSERT INTO chains (id, name_zh, name_en) VALUES ('JOBS', 'JOBS', 'JOBS')`);
    await query(`INSERT INTO logistics_centres (id, chain_id, name, region) VALUES (gen_random_uuid(), 'JOBS', 'jobs', 'north')`);
    await query(
      `INSERT INTO stores (id, code, chain_id, name, name_en, county, town, postal_code, address, logistics_centre_id)
       SELECT gen_random_uuid(), 'J' || lpad(i::text, 6, '0'), 'JOBS', 's' || i, 's' || i, '臺北市', '信義區', '110', 'a' || i,
              (SELECT id FROM logistics_centres WHERE chain_id = 'JOBS') FROM generate_series(1, $1) i`,
      [STORES],
    );
    await query(
      `INSERT INTO people (id, id_number, id_kind, name, birth_date, phone, updated_at)
       SELECT gen_random_uuid(), 'J1' || lpad(i::text, 8, '0'), 'NATIONAL', 'p' || i, '1980-01-01', '0912' || lpad(i::text, 6, '0'), now()
       FROM generate_series(1, $1) i`,
      [ORDERS],
    );
    await query(
      `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM stores), p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people)
       INSERT INTO orders (id, person_id, round_id, store_id, channel, masks, unit_price, fee, total, updated_at)
       SELECT gen_random_uuid(), p.id, $1, s.id, 'APP', 3, 5, 7, 22, now() FROM p JOIN s ON s.n = 1 + p.n % $2`,
      [roundId, STORES],
    );
    await query(`INSERT INTO store_supplies (round_id, store_id, packs) SELECT $1, id, (row_number() OVER (ORDER BY id))::int % 45 FROM stores`, [roundId]);
    for (const port of PORTS) {
      servers.push(spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], { env: serverEnv(port), stdio: "ignore" }));
    }
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
      if (s.exitCode !== null) return resolve();
      s.on("exit", () => resolve());
      s.kill("SIGTERM");
    })));
  });

  test("both serve; the round is closed and drawn exactly once, every store's winners by the public rule", async ({ request }) => {
    for (const port of PORTS) {
      await expect.poll(async () => (await request.get(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status() ?? 0, { timeout: 60_000 }).toBe(200);
    }
    await expect.poll(async () => (await query<{ drawn: boolean }>(`SELECT drawn_at IS NOT NULL AS drawn FROM rounds WHERE id = $1`, [roundId]))[0]!.drawn, { timeout: 90_000 }).toBe(true);
    // D171: the notices follow from the feeder, which both processes run on their ticks.
    await expect.poll(async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM draw_batches WHERE notices_at IS NULL`))[0]!.n, { timeout: 60_000 }).toBe(0);

    // D173: each order decided once — one draw entry, no update of the order itself.
    const [counts] = await query<{ placed: number; entries: number; notices: number; batches: number; done: number; draws: number }>(
      `SELECT (SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM draw_entries e WHERE e.order_id = o.id))::int AS placed,
              (SELECT count(*) FROM draw_entries)::int AS entries,
              (SELECT count(*) FROM notices WHERE kind IN ('PAYMENT', 'NOT_SELECTED'))::int AS notices,
              (SELECT count(*) FROM draw_batches)::int AS batches,
              (SELECT count(*) FROM draw_batches WHERE done_at IS NOT NULL)::int AS done,
              (SELECT count(*) FROM draws)::int AS draws`,
    );
    const oversubscribed = (await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM store_supplies s WHERE s.packs < (SELECT count(*) FROM orders o WHERE o.store_id = s.store_id)`,
    ))[0]!.n;
    expect(counts).toEqual({ placed: 0, entries: ORDERS, notices: ORDERS, batches: STORES / 4, done: STORES / 4, draws: oversubscribed });

    const [seed] = await query<{ draw_seed: string }>(`SELECT draw_seed FROM rounds WHERE id = $1`, [roundId]);
    const orders = await query<{ id: string; store_id: string; status: string; packs: number }>(
      `SELECT o.id, o.store_id, CASE WHEN e.selected THEN 'SELECTED' ELSE 'NOT_SELECTED' END AS status, s.packs
       FROM orders o JOIN store_supplies s ON s.store_id = o.store_id AND s.round_id = o.round_id JOIN draw_entries e ON e.order_id = o.id`,
    );
    const byStore = new Map<string, typeof orders>();
    for (const o of orders) byStore.set(o.store_id, [...(byStore.get(o.store_id) ?? []), o]);
    expect(byStore.size).toBe(STORES);
    for (const list of byStore.values()) {
      const winners = drawStore(seed!.draw_seed, list[0]!.packs, list.map((o) => o.id)).filter((r) => r.selected).map((r) => r.orderId).sort();
      expect(list.filter((o) => o.status === "SELECTED").map((o) => o.id).sort()).toEqual(winners);
    }
  });
});
