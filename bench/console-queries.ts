/**
 * Where the batch page's time goes: each of its aggregate queries timed on its own, on a round
 * seeded as bench/console.ts seeds it. `npx tsx scripts/with-db.ts --reset -- tsx --conditions=react-server bench/console-queries.ts 200000`
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { seed } from "./draw";

const orders = Number(process.argv[2] ?? 200000);
const url = process.env.DATABASE_URL!;
const sql = new pg.Client({ connectionString: url });
await sql.connect();
const { db } = await import("../lib/db/client");
const { upsertRound } = await import("../lib/seed/factories");
const q = await import("../lib/console/batch-queries");
const round = await upsertRound(db(), { name: `console-queries ${Date.now()}`, orderOpensOn: "2020-03-12", orderClosesOn: "2020-03-18", resultsOn: "2020-03-19", paymentDeadline: "2020-03-25", pickupStart: "2020-03-26", pickupEnd: "2020-04-01", masksPerOrder: 3, unitPrice: 5, fee: 7, adultAge: 12 });
await sql.query(`UPDATE rounds SET forfeited_at = now() WHERE id = $1`, [round.id]);
await seed(sql, round.id, orders, Math.max(1, Math.round(orders / 120)));
await sql.query(`UPDATE orders SET channel = (CASE WHEN random() < 0.77 THEN 'APP' ELSE 'WEB' END)::"Channel", created_at = timestamptz '2020-03-12 09:00+08' + random() * interval '6 days' WHERE round_id = $1`, [round.id]);
await sql.query(`INSERT INTO credentials (id, person_id, method, status, external_ref, verified_at, created_at, updated_at)
  SELECT gen_random_uuid(), person_id, (CASE WHEN channel = 'APP' THEN 'PHONE' ELSE 'NHI_CARD' END)::"VerificationMethod", 'ACTIVE', 'q-' || person_id, '2020-03-01', '2020-03-01', now() FROM orders WHERE round_id = $1`, [round.id]);
await sql.query("VACUUM ANALYZE");
const time = async (name: string, f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  console.log(`${name.padEnd(28)} ${(performance.now() - t).toFixed(0)} ms`);
};
for (let i = 0; i < 2; i++) {
  await time("batchRows by chain", () => q.batchRows(round.id, "chain", {}));
  await time("batchRows by store", () => q.batchRows(round.id, "store", {}));
  await time("roundCounts", () => q.roundCounts(round.id));
  await time("ordersPerDay", () => q.ordersPerDay(round.id));
  await time("ordersByChannelAndMethod", () => q.ordersByChannelAndMethod(round.id));
}
await sql.end();
await db().$disconnect();
