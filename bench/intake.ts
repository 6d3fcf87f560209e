/**
 * Order intake over HTTP, the app against the plain reference (bench/raw-server.ts), same database,
 * same machine, interleaved: for each connection count, the reference then the app, each with
 * autocannon for `seconds`, each into a round of its own (so every person can order in each run).
 * Distinct people: every request carries the next person's session cookie (app) or id (reference).
 * Prints orders/s, p50, p99, errors and a check that orders in the database = 2xx responses.
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { citizenCookie, ensureBuild, ROOT, start, startApp, stopAll, waitFor } from "./servers";

export type IntakeRun = {
  who: "app" | "raw"; connections: number; rps: number; p50: number; p99: number; ok: number; errors: number; non2xx: number;
  /** Acknowledged (2xx) orders missing from the database: must be 0. */
  lost: number;
  /** Orders in the database beyond the acknowledged ones: requests still in flight when the load stopped. */
  inFlight: number;
};

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3700);
const RAW_PORT = Number(process.env.BENCH_RAW_PORT ?? 3701);

export async function benchIntake(url: string, opts: { people: number; connections: number[]; seconds: number }, log: (line: string) => void): Promise<IntakeRun[]> {
  await ensureBuild(log);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const servers: ChildProcess[] = [];
  try {
    const { people, storeId } = await seed(sql, opts.people);
    const cookies = await sessionCookies(people);
    servers.push(startApp(url, APP_PORT));
    servers.push(start("npx", ["tsx", path.join(ROOT, "bench/raw-server.ts"), String(RAW_PORT)], { DATABASE_URL: url }));
    await Promise.all([waitFor(`http://127.0.0.1:${APP_PORT}/api/health`), waitFor(`http://127.0.0.1:${RAW_PORT}/health`, true)]);
    // Warm both (JIT, pools, Next's route compilation on first hit) with a throwaway round.
    const warm = await newRound(sql, "warm-up");
    // (each run's idempotency keys name its round: a key is one person's, across rounds)
    await load("app", warm, storeId, people, cookies, 10, 2);
    await load("raw", warm, storeId, people, cookies, 10, 2);

    const runs: IntakeRun[] = [];
    for (const connections of opts.connections) {
      for (const who of ["raw", "app"] as const) {
        const roundId = await newRound(sql, `${who}-${connections}`);
        // Each run starts from the same state: the rows of the runs before vacuumed and checkpointed,
        // so that autovacuum, or the full-page writes after a checkpoint, do not land inside one
        // side's 10 seconds at random (one such run: 1,081 orders/s, p99 577 ms; the next 1,554, 189 ms).
        await sql.query("VACUUM ANALYZE orders, order_status_events");
        await sql.query("CHECKPOINT");
        const { ids, ...r } = await load(who, roundId, storeId, people, cookies, connections, opts.seconds);
        await new Promise((res) => setTimeout(res, 2000)); // let requests cut off by the end of the load finish
        const found = Number((await sql.query(`SELECT count(*) AS n FROM orders WHERE round_id = $1 AND id = ANY($2::uuid[])`, [roundId, ids])).rows[0].n);
        const inDb = Number((await sql.query(`SELECT count(*) AS n FROM orders WHERE round_id = $1`, [roundId])).rows[0].n);
        const result = { who, connections, ...r, lost: ids.length - found, inFlight: inDb - found };
        runs.push(result);
        log(`intake ${who.padEnd(3)} c=${String(connections).padStart(3)}: ${r.rps.toFixed(0).padStart(5)} orders/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
          `errors ${r.errors}, non-2xx ${r.non2xx}; 2xx ${r.ok} (distinct orders ${ids.length}), all in the database: ${result.lost === 0 ? "yes ✓" : `NO, ${result.lost} lost ✗`}` +
          `, ${result.inFlight} more finished after the load stopped`);
      }
    }
    return runs;
  } finally {
    await stopAll(servers);
    await sql.end();
  }
}

export async function load(who: "app" | "raw", roundId: string, storeId: string, people: string[], cookies: string[], connections: number, seconds: number) {
  let next = 0;
  const ids = new Set<string>();
  const body = JSON.stringify({ roundId, storeId });
  const result = await autocannon({
    url: who === "app" ? `http://127.0.0.1:${APP_PORT}/api/orders` : `http://127.0.0.1:${RAW_PORT}/orders`,
    method: "POST",
    connections,
    duration: seconds,
    requests: [{
      setupRequest: (req) => {
        const i = next++ % people.length;
        const headers: Record<string, string> = { "content-type": "application/json", "idempotency-key": `${roundId}-${i}` };
        if (who === "app") headers.cookie = cookies[i]!;
        else headers["x-person-id"] = people[i]!;
        return { ...req, headers, body };
      },
      onResponse: (status: number, responseBody: string) => {
        if (status >= 200 && status < 300) ids.add((JSON.parse(responseBody) as { order: { id: string } }).order.id);
      },
    }],
  });
  if (next > people.length) throw new Error(`bench: ${next} requests outran ${people.length} people; raise --people`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok: result["2xx"], errors: result.errors + result.timeouts, non2xx: result.non2xx, ids: [...ids] };
}

export async function seed(sql: pg.Client, n: number): Promise<{ people: string[]; storeId: string }> {
  await sql.query(`INSERT INTO chains (id, name_zh, name_en) VALUES ('BENCH', 'BENCH', 'BENCH') ON CONFLICT DO NOTHING`);
  const centre = await sql.query(`INSERT INTO logistics_centres (id, chain_id, name, region) VALUES (gen_random_uuid(), 'BENCH', 'bench', 'north') RETURNING id`);
  const store = await sql.query(
    `INSERT INTO stores (id, code, chain_id, name, name_en, county, town, postal_code, address, logistics_centre_id)
     VALUES (gen_random_uuid(), 'B0000001', 'BENCH', 'bench', 'bench', '臺北市', '信義區', '110', 'bench', $1) RETURNING id`,
    [centre.rows[0].id],
  );
  const people = await sql.query(
    `INSERT INTO people (id, id_number, id_kind, name, birth_date, phone, updated_at)
     SELECT gen_random_uuid(), 'Y1' || lpad(i::text, 8, '0'), 'NATIONAL', 'p' || i, '1980-01-01', '0912345678', now()
     FROM generate_series(1, $1) i RETURNING id`,
    [n],
  );
  return { people: people.rows.map((r) => r.id as string), storeId: store.rows[0].id as string };
}

/** A round open now (ordering opened yesterday, closes in 5 days) with ample supply at the bench store. */
export async function newRound(sql: pg.Client, name: string): Promise<string> {
  const r = await sql.query(
    `INSERT INTO rounds (id, name, order_opens_at, order_closes_on, results_on, payment_deadline, pickup_start, pickup_end)
     VALUES (gen_random_uuid(), $1, now() - interval '1 day', current_date + 5, current_date + 6, current_date + 12, current_date + 13, current_date + 19)
     RETURNING id`,
    [`bench ${name} ${Date.now()}`],
  );
  await sql.query(`INSERT INTO store_supplies (round_id, store_id, packs) SELECT $1, id, 10000000 FROM stores WHERE chain_id = 'BENCH'`, [r.rows[0].id]);
  return r.rows[0].id as string;
}

/** Session cookies as the app issues them after a phone verification. */
export async function sessionCookies(people: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const personId of people) cookies.push(await citizenCookie(personId));
  return cookies;
}
