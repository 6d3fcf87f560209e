/**
 * The draw at national size: `npm run bench -- --draw-orders 1200000 --draw-stores 10000`.
 *
 * Seeds a closed round with set-based SQL (N people, N orders over S stores, supply per store
 * around its demand so that roughly half the stores are oversubscribed, as in 2020), then times,
 * in the same run and on the same data:
 *  - naive: the plain reference — ONE set-based UPDATE ranking every order by
 *    sha256("<seed>:<orderId>") per store and setting SELECTED / NOT_SELECTED (rolled back after);
 *  - app: the app's own draw job (runDueTransitions), in batches: it ranks the oversubscribed
 *    stores' orders and records the decision for every order — draws, and one draw entry per order,
 *    from which the order's status follows (D173);
 *  - then the notice feeder (D171), which the worker's tick runs after the draw, queueing every
 *    notice (here without its backlog limit, so that all 1.2 M are queued and timed).
 * Prints all three, the ratios app/naive and (app + notices)/naive, and the job process's peak memory.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";

export type DrawBenchResult = { orders: number; stores: number; naiveSec: number | null; appSec: number; noticesSec: number | null; peakRssMb: number; baseRssMb: number };

export async function benchDraw(url: string, orders: number, stores: number, log: (line: string) => void, run = { naive: true, notices: true }): Promise<DrawBenchResult> {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const { setClock } = await import("../lib/clock");
  const { db } = await import("../lib/db/client");
  const { runDueTransitions } = await import("../lib/rounds/run-due-transitions");
  const { queueDrawNotices } = await import("../lib/rounds/transitions/draw-notices");
  const { roundSeed, roundCommitment } = await import("../lib/rounds/draw-seed");
  const { ROUND_2020, upsertRound } = await import("../lib/seed/factories");
  try {
    let t = performance.now();
    const round = await upsertRound(db(), ROUND_2020);
    await seed(sql, round.id, orders, stores);
    // Closed, seed revealed: only the draw is due on results day.
    await sql.query(`UPDATE rounds SET closed_at = now(), draw_seed = $2, draw_commitment = $3 WHERE id = $1`, [round.id, roundSeed(round.id), roundCommitment(round.id)]);
    await sql.query(`VACUUM ANALYZE`);
    log(`draw  seeded ${orders} orders over ${stores} stores in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    let naiveSec: number | null = null;
    if (run.naive) {
      t = performance.now();
      await sql.query("BEGIN");
      await sql.query(
        `UPDATE orders o SET status = (CASE WHEN r.rank <= coalesce(s.packs, 0) THEN 'SELECTED' ELSE 'NOT_SELECTED' END)::"OrderStatus"
         FROM (SELECT id, store_id, row_number() OVER (PARTITION BY store_id
                      ORDER BY encode(sha256(convert_to($2 || ':' || id::text, 'UTF8')), 'hex'), id) AS rank
               FROM orders WHERE round_id = $1 AND status = 'PLACED') r
         LEFT JOIN store_supplies s ON s.round_id = $1 AND s.store_id = r.store_id
         WHERE o.id = r.id`,
        [round.id, roundSeed(round.id)],
      );
      naiveSec = (performance.now() - t) / 1000;
      await sql.query("ROLLBACK");
      await sql.query(`VACUUM orders`); // the rolled-back versions must not slow the app's run
      log(`draw  naive: one UPDATE ranking by sha256(seed:id) per store   ${naiveSec.toFixed(2)} s`);
    }

    const baseRssMb = process.memoryUsage().rss / 2 ** 20;
    let peakRssMb = baseRssMb;
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / 2 ** 20)), 50);
    setClock(new Date("2020-03-19T09:00:00+08:00"));
    t = performance.now();
    await runDueTransitions();
    const appSec = (performance.now() - t) / 1000;
    let noticesSec: number | null = null;
    let noticeBatches = 0;
    if (run.notices) {
      t = performance.now();
      noticeBatches = await queueDrawNotices((work) => db().$transaction(work, { timeout: 120_000 }), new Date("2020-03-19T09:00:00+08:00"), null);
      noticesSec = (performance.now() - t) / 1000;
    }
    clearInterval(sampler);
    const check = await sql.query<{ placed: number; notices: number; entries: number; batches: number }>(
      `SELECT (SELECT count(*) FROM orders o WHERE o.status = 'PLACED' AND NOT EXISTS (SELECT 1 FROM draw_entries e WHERE e.order_id = o.id))::int AS placed,
              (SELECT count(*) FROM notices)::int AS notices,
              (SELECT count(*) FROM draw_batches WHERE done_at IS NOT NULL)::int AS batches,
              (SELECT count(*) FROM draw_entries)::int AS entries`,
    );
    const c = check.rows[0]!;
    log(`draw  app: ${c.batches} batches, ranks + draws + one entry per order   ${appSec.toFixed(2)} s`);
    if (noticesSec !== null) log(`draw  app: notices queued by the feeder, ${noticeBatches} batches   ${noticesSec.toFixed(2)} s`);
    const notices = run.notices ? orders : 0;
    log(`draw  app: left undecided ${c.placed}, draw entries ${c.entries}, notices ${c.notices} (expected 0, ${orders}, ${notices})`);
    log(`draw  app: job process RSS ${baseRssMb.toFixed(0)} MB before, peak ${peakRssMb.toFixed(0)} MB`);
    if (c.placed !== 0 || c.entries !== orders || c.notices !== notices) throw new Error("the app's draw did not draw every order exactly once");
    return { orders, stores, naiveSec, appSec, noticesSec, peakRssMb, baseRssMb };
  } finally {
    setClock(null);
    await sql.end();
  }
}

/** N people with phones, N orders spread over S stores, supply per store from 0.5× to 1.5× its demand. */
export async function seed(sql: pg.Client, roundId: string, orders: number, stores: number): Promise<void> {
  await sql.query(`INSERT INTO chains (id, name_zh, name_en) VALUES ('BENCH', 'BENCH', 'BENCH') ON CONFLICT DO NOTHING`);
  await sql.query(`INSERT INTO logistics_centres (id, chain_id, name, region) VALUES (gen_random_uuid(), 'BENCH', 'bench', 'north')`);
  await sql.query(
    `INSERT INTO stores (id, code, chain_id, name, name_en, county, town, postal_code, address, logistics_centre_id)
     SELECT gen_random_uuid(), 'B' || lpad(i::text, 7, '0'), 'BENCH', 'store ' || i, 'store ' || i, '臺北市', '信義區', '110', 'address ' || i,
            (SELECT id FROM logistics_centres WHERE chain_id = 'BENCH')
     FROM generate_series(1, $1) i`,
    [stores],
  );
  await sql.query(
    `INSERT INTO people (id, id_number, id_kind, name, birth_date, phone, updated_at)
     SELECT gen_random_uuid(), 'Z' || (1 + i / 100000000)::text || lpad((i % 100000000)::text, 8, '0'), 'NATIONAL', 'p' || i, '1980-01-01', '09' || lpad((i % 100000000)::text, 8, '0'), now()
     FROM generate_series(1, $1) i`,
    [orders],
  );
  // Payment codes (D173: given at placement) as a permutation of the row number over the 10^14
  // codes — unique by construction and spread over the space like random ones. 10 M random codes
  // clash with probability ~40 % (birthday bound): intake places such an order again, one INSERT of
  // every order cannot.
  await sql.query(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM stores WHERE chain_id = 'BENCH'),
          p AS (SELECT id, 1 + floor(random() * $2)::int AS n FROM people WHERE id_number LIKE 'Z%')
     INSERT INTO orders (id, person_id, round_id, store_id, channel, status, masks, unit_price, fee, total, payment_code, updated_at)
     SELECT gen_random_uuid(), x.pid, $1, x.sid, 'WEB', 'PLACED', 3, 5, 7, 22,
            lpad(((x.k * 123456789011 + 98765432109) % 100000000000000)::text, 14, '0'), now()
     FROM (SELECT p.id AS pid, s.id AS sid, row_number() OVER () AS k FROM p JOIN s USING (n)) x`,
    [roundId, stores],
  );
  await sql.query(
    `INSERT INTO store_supplies (round_id, store_id, packs)
     SELECT $1, store_id, floor(count(*) * (0.5 + random()))::int FROM orders WHERE round_id = $1 GROUP BY store_id`,
    [roundId],
  );
}
