/**
 * `npm run bench`: figures for the opening spike and the national draw, printed (not asserted).
 *
 * Runs against its own fresh, migrated PostgreSQL (the "bench" database):
 *  1. place-order (in-process, through the domain code the HTTP handlers call): N verified people
 *     submit at 09:00 with C in flight at once, plus a retry storm with the same idempotency keys;
 *     the pure 7-day and ID checks, calls per second;
 *  2. draw (bench/draw.ts): the app's batched draw against one naive SQL statement, at national size.
 *  3. console (bench/console.ts): the batch page and a full pick-list export over HTTP at national size.
 * Flags: --parts place-order,draw,console  --draw-orders 1200000  --draw-stores 10000
 *        --console-orders 1200000  --console-stores 10000  --console-port 3290
 * Environment: BENCH_PEOPLE (default 5000), BENCH_CONCURRENCY (default 64).
 * Ends with machine-readable lines: `ratio draw-<orders> <app/naive>`.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startDatabase, dropDatabase, ensureDatabaseExists } from "../scripts/db/postgres";
import { applyMigrations } from "../scripts/db/schema-engine";
import { benchDraw } from "./draw";
import { benchIntake } from "./intake";
import { benchPages } from "./pages";
import { benchConsole } from "./console";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const { values: flags } = parseArgs({
  options: {
    parts: { type: "string", default: "intake,draw,console,pages" },
    people: { type: "string", default: "60000" },
    connections: { type: "string", default: "100,200" },
    seconds: { type: "string", default: "10" },
    "draw-orders": { type: "string", default: "1200000" },
    "draw-stores": { type: "string", default: "10000" },
    // The 10 M-order run (goal: the draw in ≤ 2 min) can skip the reference and the feeder, which
    // take most of its hour: --draw-reference none --draw-notices no
    "draw-reference": { type: "string", default: "naive" },
    "draw-notices": { type: "string", default: "yes" },
    "console-orders": { type: "string", default: "1200000" },
    "console-stores": { type: "string", default: "10000" },
    "console-port": { type: "string", default: "3290" },
  },
});
const PARTS = new Set(flags.parts.split(","));

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) times.push(await work(items[next++]!));
  }));
  return times.sort((a, b) => a - b);
}

async function freshDatabase(url: string): Promise<void> {
  const { disconnectDb } = await import("../lib/db/client");
  await disconnectDb();
  await dropDatabase(url);
  await ensureDatabaseExists(url);
  await applyMigrations(url);
}

async function main(): Promise<void> {
  const database = await startDatabase("bench", () => {});
  process.env.DATABASE_URL = database.url;
  process.env.EMASK_DEPLOYMENT = "local";
  const machine: string[] = [];
  try {
    if (PARTS.has("place-order")) {
      await freshDatabase(database.url);
      await placeOrderPart();
    }
    if (PARTS.has("intake")) {
      await freshDatabase(database.url);
      const runs = await benchIntake(database.url, { people: Number(flags.people), connections: flags.connections.split(",").map(Number), seconds: Number(flags.seconds) }, console.log);
      for (const c of new Set(runs.map((r) => r.connections))) {
        const app = runs.find((r) => r.who === "app" && r.connections === c)!;
        const raw = runs.find((r) => r.who === "raw" && r.connections === c)!;
        machine.push(`ratio intake-http-${c} ${(app.rps / raw.rps).toFixed(3)}`);
        machine.push(`p99 intake-http-${c} ${app.p99}`);
      }
    }
    if (PARTS.has("draw")) {
      await freshDatabase(database.url);
      const r = await benchDraw(database.url, Number(flags["draw-orders"]), Number(flags["draw-stores"]), console.log,
        { naive: flags["draw-reference"] !== "none", notices: flags["draw-notices"] !== "no" });
      if (r.naiveSec !== null) {
        machine.push(`ratio draw-${r.orders} ${(r.appSec / r.naiveSec).toFixed(3)}`);
        if (r.noticesSec !== null) machine.push(`ratio draw-and-notices-${r.orders} ${((r.appSec + r.noticesSec) / r.naiveSec).toFixed(3)}`);
      }
      machine.push(`seconds draw-${r.orders} ${r.appSec.toFixed(2)}`);
      if (r.noticesSec !== null) machine.push(`seconds draw-notices-${r.orders} ${r.noticesSec.toFixed(2)}`);
      machine.push(`mb draw-${r.orders}-peak-rss ${r.peakRssMb.toFixed(0)}`);
    }
    if (PARTS.has("console")) {
      await freshDatabase(database.url);
      const c = await benchConsole(database.url, Number(flags["console-orders"]), Number(flags["console-stores"]), Number(flags["console-port"]), console.log);
      machine.push(`ms console-batches-${c.orders} ${c.batchMs.toFixed(0)}`);
      machine.push(`seconds console-pick-list-${c.orders} ${c.exportSec.toFixed(2)}`);
    }
    if (PARTS.has("pages")) {
      await freshDatabase(database.url);
      const pages = await benchPages(database.url, console.log);
      const citizen = pages.filter((p) => p.kind === "citizen" && p.status === 200);
      machine.push(`kb first-load-max ${Math.max(...citizen.map((p) => p.kb)).toFixed(1)}`);
    }
    for (const line of machine) console.log(line);
  } finally {
    await (await import("../lib/db/client")).disconnectDb();
    await database.stop();
  }
}

async function placeOrderPart(): Promise<void> {
  const { db } = await import("../lib/db/client");
  const { setClock } = await import("../lib/clock");
  const { placeOrder } = await import("../lib/orders/place-order");
  const { runDueTransitions } = await import("../lib/rounds/run-due-transitions");
  const { createStore, ROUND_2020, syntheticIdNumber, upsertRound } = await import("../lib/seed/factories");
  const { dayToDb } = await import("../lib/db/days");
  const rules = await import("../lib/rules");
  try {
    setClock(new Date("2020-03-12T09:00:00+08:00"));
    const prisma = db();
    const round = await upsertRound(prisma, ROUND_2020);
    const stores: { id: string }[] = [];
    for (let i = 1; i <= 50; i++) stores.push(await createStore(prisma, i));
    await prisma.storeSupply.createMany({ data: stores.map((s, i) => ({ roundId: round.id, storeId: s.id, packs: i % 2 ? 200 : 40 })) });
    await prisma.person.createMany({
      data: Array.from({ length: PEOPLE }, (_, i) => ({ idNumber: syntheticIdNumber(i + 1), idKind: "NATIONAL" as const, name: `p${i}`, birthDate: dayToDb("1980-01-01"), phone: "0912000000" })),
    });
    const people = (await prisma.person.findMany({ select: { id: true } })).map((p, i) => ({ id: p.id, store: stores[i % stores.length]!.id }));

    const submit = (p: { id: string; store: string }) => async () => {
      const t0 = performance.now();
      await placeOrder({ kind: "citizen", personId: p.id, method: "PHONE", channel: "APP" }, { roundId: round.id, storeId: p.store, idempotencyKey: `k-${p.id}` });
      return performance.now() - t0;
    };
    let t = performance.now();
    const first = await pool(people, CONCURRENCY, (p) => submit(p)());
    const firstSec = (performance.now() - t) / 1000;
    t = performance.now();
    const retry = await pool(people, CONCURRENCY, (p) => submit(p)());
    const retrySec = (performance.now() - t) / 1000;
    const orders = await prisma.order.count();
    console.log(`place-order  people=${PEOPLE} concurrency=${CONCURRENCY} orders=${orders}`);
    console.log(`  first submit: ${(PEOPLE / firstSec).toFixed(0)} orders/s, p50 ${pct(first, 50).toFixed(1)} ms, p95 ${pct(first, 95).toFixed(1)} ms, p99 ${pct(first, 99).toFixed(1)} ms`);
    console.log(`  retry (same key): ${(PEOPLE / retrySec).toFixed(0)} req/s, p50 ${pct(retry, 50).toFixed(1)} ms, p95 ${pct(retry, 95).toFixed(1)} ms`);

    setClock(new Date("2020-03-19T09:00:00+08:00"));
    t = performance.now();
    await runDueTransitions();
    console.log(`draw         ${orders} orders, 50 stores: close + draw + notices in ${((performance.now() - t) / 1000).toFixed(2)} s`);
    const ids = Array.from({ length: 1000 }, (_, i) => syntheticIdNumber(i + 1));
    const N = 200_000;
    t = performance.now();
    for (let i = 0; i < N; i++) rules.checkIdNumber(ids[i % 1000]!);
    const idRate = N / ((performance.now() - t) / 1000);
    t = performance.now();
    for (let i = 0; i < N; i++) rules.onlinePurchaseDay("2020-03-26", ["2020-03-13", "2020-03-22"]);
    const dayRate = N / ((performance.now() - t) / 1000);
    console.log(`rules        checkIdNumber ${(idRate / 1e6).toFixed(2)} M/s, onlinePurchaseDay ${(dayRate / 1e6).toFixed(2)} M/s`);
  } finally {
    setClock(null);
  }
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
