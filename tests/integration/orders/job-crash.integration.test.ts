import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { setClock } from "@/lib/clock";
import { dayToDb } from "@/lib/db/days";
import { runDueTransitions } from "@/lib/rounds/run-due-transitions";
import { queueDrawNotices } from "@/lib/rounds/transitions/draw-notices";
import { createStore, ROUND_2020, syntheticIdNumber, upsertRound } from "@/lib/seed/factories";
import { databaseUrl, resetDatabase, testDb } from "../helpers/db";
import { countStatus } from "../helpers/orders";

// Killing the process in the middle of a job, then running again, applies the job exactly once.
const prisma = testDb();
const ORDERS = 3000;

beforeAll(async () => {
  await resetDatabase();
  setClock(new Date("2020-03-19T10:00:00+08:00"));
  const round = await upsertRound(prisma, ROUND_2020);
  const store = await createStore(prisma, 1);
  await prisma.storeSupply.create({ data: { roundId: round.id, storeId: store.id, packs: 1000 } });
  await prisma.person.createMany({
    data: Array.from({ length: ORDERS }, (_, i) => ({ idNumber: syntheticIdNumber(i + 1), idKind: "NATIONAL" as const, name: `p${i}`, birthDate: dayToDb("1980-01-01"), phone: "0912000000" })),
  });
  const people = await prisma.person.findMany({ select: { id: true } });
  await prisma.order.createMany({ data: people.map((p) => ({ personId: p.id, roundId: round.id, storeId: store.id, channel: "WEB" as const, masks: 3, unitPrice: 5, fee: 7, total: 22 })) });
}, 120_000);
afterAll(() => setClock(null));

/** Run the jobs in a child process, as the server would; `kill()` ends it with SIGKILL (no cleanup). */
function runJobsProcess() {
  const child = spawn("npx", ["tsx", "scripts/run-jobs.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl() }, stdio: "ignore", detached: true });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { exited, kill: () => process.kill(-child.pid!, "SIGKILL") };
}

describe("a job killed half-way", () => {
  it("leaves nothing half-done, and the next run finishes it exactly once", async () => {
    const job = runJobsProcess();
    // The close transition commits first; the draw of 3,000 orders follows in one transaction.
    // Kill the process as soon as that transaction is open (seen from PostgreSQL's side).
    let inDraw = false;
    for (let i = 0; i < 2400 && !inDraw; i++) {
      const closed = (await prisma.round.findFirstOrThrow({ select: { closedAt: true } })).closedAt;
      const open = await prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%orders%'`;
      inDraw = !!closed && open[0]!.n > 0;
      if (!inDraw) await new Promise((res) => setTimeout(res, 5));
    }
    job.kill();
    expect(inDraw).toBe(true);
    await job.exited;
    // Killed inside the draw's transaction: nothing of it is left (no order drawn, no notice).
    expect(await prisma.drawEntry.count()).toBe(0);
    expect(await countStatus(prisma, "PLACED")).toBe(ORDERS);
    expect(await prisma.notice.count()).toBe(0);
    await runDueTransitions();
    expect(await countStatus(prisma, "SELECTED")).toBe(1000);
    expect(await prisma.drawEntry.count()).toBe(ORDERS); // each order decided once
    await queueDrawNotices((work) => prisma.$transaction(work), new Date("2020-03-19T10:00:00+08:00")); // D171: the tick's feeder
    expect(await prisma.notice.count()).toBe(ORDERS);
    expect((await prisma.round.findFirstOrThrow()).drawnAt).not.toBeNull();
  }, 120_000);
});
