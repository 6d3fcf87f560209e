/**
 * The operations console at national size (issue 10 items 3 and 5):
 * `npm run bench -- --parts console --console-orders 1200000 --console-stores 10000`.
 *
 * Seeds a round set-based (bench/draw.ts's seeding: N people, N orders over S stores), then moves
 * the orders to where a round ends — not drawn, lapsed, paid, collected, forfeited — spreads them
 * over the week of ordering, and gives every person the credential they ordered with (so the
 * channel × method chart does its real join). Then, against the production server over HTTP with
 * an admin's session, times the batch page (by chain, by store, a store's orders) and a full
 * pick-list export streamed to the end, and prints the server's peak memory before and after it.
 */
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import pg from "pg";
import { seed } from "./draw";
import { ensureBuild, startApp, stopAll, waitFor } from "./servers";

export type ConsoleBenchResult = { orders: number; batchMs: number; batchStoreMs: number; storePageMs: number; exportSec: number; exportRows: number; rssBeforeMb: number; rssAfterMb: number };

const rssOf = (pid: number, field: "VmRSS" | "VmHWM") => Number(/(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(field)) ?? "")?.[1] ?? 0) / 1024;

async function timed(url: string, cookie: string): Promise<{ ms: number; status: number; bytes: number; lines: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  let bytes = 0;
  let lines = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
  }
  return { ms: performance.now() - t, status: res.status, bytes, lines };
}

export async function benchConsole(url: string, orders: number, stores: number, port: number, log: (line: string) => void): Promise<ConsoleBenchResult> {
  await ensureBuild(log);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const { db } = await import("../lib/db/client");
  const { ROUND_2020, upsertRound } = await import("../lib/seed/factories");
  const children = [];
  try {
    let t = performance.now();
    const round = await upsertRound(db(), ROUND_2020);
    await seed(sql, round.id, orders, stores);
    // Where a round ends (roughly 2020's shape), when each order came in, and how each person verified.
    await sql.query(`UPDATE orders SET
        status = (CASE WHEN r < 0.40 THEN 'NOT_SELECTED' WHEN r < 0.48 THEN 'LAPSED' WHEN r < 0.53 THEN 'PAID' WHEN r < 0.58 THEN 'FORFEITED' ELSE 'PICKED_UP' END)::"OrderStatus",
        channel = (CASE WHEN c < 0.77 THEN 'APP' ELSE 'WEB' END)::"Channel",
        created_at = timestamptz '2020-03-12 09:00+08' + (random() * interval '6 days 15 hours')
      FROM (SELECT id, random() AS r, random() AS c FROM orders WHERE round_id = $1) x WHERE orders.id = x.id`, [round.id]);
    // As the draw leaves a round (D173): every order has its draw entry — one draw per store here —
    // and the orders it did not select are still stored PLACED, their entry saying so.
    await sql.query(`INSERT INTO draws (id, round_id, store_id, supply, demand, performed_at)
      SELECT emask_uuidv7(), $1, store_id, 0, count(*), now() FROM orders WHERE round_id = $1 GROUP BY store_id`, [round.id]);
    await sql.query(`INSERT INTO draw_entries (order_id, draw_id, ticket, rank, selected)
      SELECT o.id, d.id, encode(sha256(convert_to(o.id::text, 'UTF8')), 'hex'), row_number() OVER (PARTITION BY o.store_id ORDER BY o.id), o.status <> 'NOT_SELECTED'
      FROM orders o JOIN draws d ON d.round_id = o.round_id AND d.store_id = o.store_id WHERE o.round_id = $1 ORDER BY o.id`, [round.id]);
    await sql.query(`UPDATE orders SET status = 'PLACED' WHERE round_id = $1 AND status = 'NOT_SELECTED'`, [round.id]);
    await sql.query(`INSERT INTO credentials (id, person_id, method, status, external_ref, verified_at, created_at, updated_at)
      SELECT gen_random_uuid(), o.person_id,
             (CASE WHEN o.channel = 'APP' THEN 'PHONE' WHEN random() < 0.66 THEN 'NHI_CARD' ELSE 'CITIZEN_CERT' END)::"VerificationMethod",
             'ACTIVE', 'bench-' || o.person_id, timestamptz '2020-03-01', timestamptz '2020-03-01', now()
      FROM orders o WHERE o.round_id = $1`, [round.id]);
    // The round is over: mark every transition done, or the server's worker would run them (all
    // dates are in 2020) — entering 1.2 M orders in the ledger while we measure.
    await sql.query(`UPDATE rounds SET draw_commitment = $2, closed_at = now(), drawn_at = now(), notified_at = now(), lapsed_at = now(), ledgered_at = now(), forfeited_at = now() WHERE id = $1`, [round.id, "0".repeat(64)]);
    await sql.query(`VACUUM ANALYZE`);
    log(`console  seeded ${orders} orders over ${stores} stores (statuses, draw entries, channels, credentials) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const { rows: [staff] } = await sql.query<{ id: string }>(`INSERT INTO staff_accounts (id, username, display_name, role, password_hash) VALUES (gen_random_uuid(), 'bench-admin', 'bench', 'ADMIN', 'x') RETURNING id`);
    const { encode } = await import("next-auth/jwt");
    const { env } = await import("../lib/env");
    const cookie = `next-auth.session-token=${await encode({ secret: env().NEXTAUTH_SECRET, token: { principal: { kind: "staff", staffId: staff!.id, role: "ADMIN", storeId: null } } })}`;

    const app = startApp(url, port);
    children.push(app);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`, true);
    const batches = `${base}/staff/admin/batches?round=${round.id}`;
    const warm = await timed(batches, cookie); // first request: compiles nothing, but warms the pool and caches
    if (warm.status !== 200) throw new Error(`batch page answered ${warm.status}`);
    const median = async (u: string) => {
      const ms: number[] = [];
      for (let i = 0; i < 5; i++) ms.push((await timed(u, cookie)).ms);
      return ms.sort((a, b) => a - b)[2]!;
    };
    const batchMs = await median(batches);
    const batchStoreMs = await median(`${batches}&by=store`);
    const { rows: [busy] } = await sql.query<{ store_id: string }>(`SELECT store_id FROM orders WHERE round_id = $1 GROUP BY store_id ORDER BY count(*) DESC LIMIT 1`, [round.id]);
    const storePageMs = await median(`${base}/staff/admin/batches/${busy!.store_id}?round=${round.id}`);
    log(`console  batch page by chain (${orders} orders, HTTP, median of 5, first ${warm.ms.toFixed(0)} ms)   ${batchMs.toFixed(0)} ms`);
    log(`console  batch page by store (${stores} stores, first 200 shown)   ${batchStoreMs.toFixed(0)} ms`);
    log(`console  a store's orders (the busiest store, first 100)                      ${storePageMs.toFixed(0)} ms`);

    const rssBeforeMb = rssOf(app.pid!, "VmHWM");
    const exp = await timed(`${base}/api/staff/exports/pick-list?round=${round.id}`, cookie);
    if (exp.status !== 200) throw new Error(`pick-list export answered ${exp.status}`);
    const rssAfterMb = rssOf(app.pid!, "VmHWM");
    const { rows: [shipped] } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE round_id = $1 AND status IN ('PAID', 'PICKED_UP', 'FORFEITED')`, [round.id]);
    log(`console  full pick list: ${exp.lines - 1} rows (${shipped!.n} paid orders), ${(exp.bytes / 2 ** 20).toFixed(0)} MB CSV   ${(exp.ms / 1000).toFixed(2)} s`);
    log(`console  server peak RSS before the export ${rssBeforeMb.toFixed(0)} MB, after ${rssAfterMb.toFixed(0)} MB`);
    if (exp.lines - 1 !== shipped!.n) throw new Error("the pick list did not list every paid order exactly once");
    return { orders, batchMs, batchStoreMs, storePageMs, exportSec: exp.ms / 1000, exportRows: exp.lines - 1, rssBeforeMb, rssAfterMb };
  } finally {
    await stopAll(children);
    await sql.end();
  }
}
