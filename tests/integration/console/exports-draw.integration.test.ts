import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { placeOrder } from "@/lib/orders/place-order";
import { exportDraw } from "@/lib/rounds/draw-export";
import { beginDraw, finishDraw, publishNotices, retryFailed, runDueSteps, oversubscribedStores } from "@/lib/console/draw-console";
import { drawCsv, pickListCsv, PICK_LIST_HEADER, reconciliationCsv } from "@/lib/exports/exports";
import { closeExportPool, drain, FETCH_ROWS } from "@/lib/exports/stream";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";
import { countStatus } from "../helpers/orders";

// Issue 10 items 4 and 5 on a real PostgreSQL: the console's draw is the round's own batched draw,
// and the exports stream what the database holds, a bounded number of rows at a time.
const prisma = testDb();
let roundId: string;
let stores: { id: string }[];
let staffId: string;

const rowsOf = async (s: ReadableStream<Uint8Array>) => {
  const lines: string[] = [];
  await drain(s, (l) => lines.push(l));
  return lines.map((l) => l.replace(/^\uFEFF/, "").split(","));
};

beforeAll(async () => {
  await resetDatabase();
  setClock(new Date("2020-03-13T02:00:00Z"));
  // Results two days after the close, so that a day lies between them (the console may draw on it).
  roundId = (await upsertRound(prisma, { ...ROUND_2020, resultsOn: "2020-03-20" })).id;
  stores = [await createStore(prisma, 1), await createStore(prisma, 2), await createStore(prisma, 3)];
  await prisma.storeSupply.createMany({ data: [{ roundId, storeId: stores[0]!.id, packs: 2 }, { roundId, storeId: stores[1]!.id, packs: 1 }, { roundId, storeId: stores[2]!.id, packs: 9 }] });
  for (let n = 1; n <= 12; n++) {
    const p = await upsertPerson(prisma, buildPerson(n));
    await placeOrder({ kind: "citizen", personId: p.id, method: "PHONE", channel: "APP" }, { roundId, storeId: stores[n % 3]!.id, idempotencyKey: null });
  }
  staffId = (await prisma.staffAccount.create({ data: { username: "console-admin", displayName: "A", role: "ADMIN", passwordHash: "x" } })).id;
});
afterAll(async () => {
  setClock(null);
  await closeExportPool();
});

describe("issue 10 item 4: draw and notices from the console", () => {
  it("issue 10 item 4: the preview names the oversubscribed stores (R2) before the draw", async () => {
    const p = await oversubscribedStores(roundId);
    expect(p.count).toBe(2);
    expect(p.stores.map((s) => [s.demand, s.supply])).toEqual([[4, 1], [4, 2]]);
  });

  it("issue 10 item 4: refused while ordering is open; nothing is planned", async () => {
    await expect(beginDraw(roundId, staffId)).rejects.toMatchObject({ code: "ORDERING_OPEN" });
    expect(await prisma.drawBatch.count()).toBe(0);
  });

  it("issue 10 item 4: once ordering closed, the console closes the round, draws in batches, marks it drawn and audits it — before the results day", async () => {
    setClock(new Date("2020-03-19T02:00:00Z")); // 3/19 Taipei: closed; the results job runs on 3/20
    const started = await beginDraw(roundId, staffId);
    if (started === "drawn") throw new Error("the job drew it, not the console");
    const round = await prisma.round.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.drawSeed).not.toBeNull(); // R2: the close revealed the committed seed
    expect(round.drawnAt).toBeNull();
    expect(await finishDraw(started.round, started.at, staffId)).toBe(true);
    expect(await countStatus(prisma, "PLACED", { roundId })).toBe(0);
    expect(await countStatus(prisma, "SELECTED", { roundId })).toBe(2 + 1 + 4);
    expect((await prisma.round.findUniqueOrThrow({ where: { id: roundId } })).drawnAt).not.toBeNull();
    const actions = (await prisma.auditLog.findMany({ where: { actorStaffId: staffId }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["console.draw.start", "console.draw.done"]);
    await expect(beginDraw(roundId, staffId)).rejects.toMatchObject({ code: "ALREADY_DRAWN" });
  });

  it("issue 10 item 4: notices are sent now, and failed ones can be queued again (audited)", async () => {
    // D171: drawn, not yet announced — the feeder queues the notices when they are published (or at the next tick).
    expect(await prisma.notice.count()).toBe(0);
    const sent = await publishNotices(roundId, staffId);
    expect(sent.sent).toBe(12);
    expect((await prisma.round.findUniqueOrThrow({ where: { id: roundId } })).notifiedAt).not.toBeNull();
    await prisma.notice.updateMany({ where: { kind: "NOT_SELECTED" }, data: { status: "FAILED", attempts: 5, sentAt: null } });
    expect(await retryFailed(staffId)).toBe(5);
    expect(await prisma.notice.count({ where: { status: "PENDING", attempts: 0 } })).toBe(5);
    expect(await prisma.auditLog.count({ where: { action: { in: ["console.notices.send", "console.notices.retry"] } } })).toBe(2);
  });

  it("issue 10 item 4: lapses only when due (R3), through the round's own transition", async () => {
    await expect(runDueSteps(roundId, staffId)).rejects.toMatchObject({ code: "NOTHING_DUE" });
    setClock(new Date("2020-03-26T02:00:00Z"));
    expect(await runDueSteps(roundId, staffId)).toEqual(["lapse", "ledger"]); // S2: paid orders enter the ledger the same day
    expect(await prisma.order.count({ where: { roundId, status: "LAPSED" } })).toBe(7);
  });
});

describe("issue 10 item 5: streamed exports", () => {
  it("issue 10 item 5: the draw CSV holds exactly the public draw export's orders and winners, tickets sorted", async () => {
    const rows = (await rowsOf(drawCsv(roundId))).slice(1);
    const json = (await exportDraw(roundId))!;
    expect(rows).toHaveLength(12);
    for (const store of json.stores) {
      const mine = rows.filter((r) => r[1] === store.storeId);
      expect(mine.map((r) => r[3]).sort()).toEqual([...store.orderIds].sort());
      expect(mine.filter((r) => r[5] === "true").map((r) => r[3]).sort()).toEqual([...store.selected].sort());
      expect(mine.map((r) => r[4])).toEqual(mine.map((r) => r[4]).sort()); // ranked by ticket
    }
  });

  it("issue 10 item 5: reconciliation sets orders against payments (R3)", async () => {
    // One of the lapsed orders paid after all: money arrived, the order did not move.
    const lapsed = await prisma.order.findFirstOrThrow({ where: { roundId, status: "LAPSED" } });
    await prisma.payment.create({ data: { orderId: lapsed.id, method: "ATM", amount: 22, status: "SUCCEEDED", paidAt: new Date() } });
    const rows = (await rowsOf(reconciliationCsv(roundId))).slice(1);
    expect(rows).toHaveLength(7); // drawn orders only
    expect(rows.find((r) => r[0] === lapsed.id)).toEqual([lapsed.id, expect.any(String), "LAPSED", lapsed.paymentCode, "22", "22", "1", "ATM", expect.any(String), "PAID_NOT_RECORDED"]);
    expect(rows.filter((r) => r[9] === "UNPAID")).toHaveLength(6);
  });

  it("issue 10 item 5: pick lists per round, centre and store list the paid orders, one pack each", async () => {
    const paid = await prisma.order.findMany({ where: { roundId, status: "LAPSED" }, take: 3, select: { id: true, storeId: true } });
    await prisma.order.updateMany({ where: { id: { in: paid.map((p) => p.id) } }, data: { status: "PAID" } });
    const all = await rowsOf(pickListCsv(roundId, {}));
    expect(all[0]).toEqual([...PICK_LIST_HEADER]);
    expect(all.slice(1).map((r) => r[7]).sort()).toEqual(paid.map((p) => p.id).sort());
    expect(all.slice(1).every((r) => r[8] === "1" && r[9] === "3")).toBe(true);
    const one = paid[0]!.storeId;
    const store = (await rowsOf(pickListCsv(roundId, { storeId: one }))).slice(1);
    expect(store.map((r) => r[7]).sort()).toEqual(paid.filter((p) => p.storeId === one).map((p) => p.id).sort());
    const centre = (await prisma.store.findUniqueOrThrow({ where: { id: one } })).logisticsCentreId;
    expect((await rowsOf(pickListCsv(roundId, { centreId: centre }))).length).toBe(all.length);
    expect((await rowsOf(pickListCsv(roundId, { centreId: "0196f3a0-7c1e-7000-8000-000000000000" }))).length).toBe(1); // header only
  });

  it("issue 10 item 5: a large export arrives in bounded chunks, never all rows at once (flat memory)", async () => {
    // 5,000 more paid orders, set-based.
    await prisma.$executeRaw`
      WITH p AS (
        INSERT INTO people (id, id_number, id_kind, name, birth_date, updated_at)
        SELECT gen_random_uuid(), 'Y2' || lpad(i::text, 8, '0'), 'NATIONAL', 'x', '1980-01-01', now() FROM generate_series(1, 5000) i RETURNING id)
      INSERT INTO orders (id, person_id, round_id, store_id, channel, status, masks, unit_price, fee, total, updated_at)
      SELECT gen_random_uuid(), p.id, ${roundId}::uuid, ${stores[0]!.id}::uuid, 'WEB', 'PAID', 3, 5, 7, 22, now() FROM p`;
    const reader = pickListCsv(roundId, {}).getReader();
    const chunkLines: number[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunkLines.push(new TextDecoder().decode(value).split("\r\n").length - 1);
    }
    expect(chunkLines.reduce((a, b) => a + b, 0)).toBe(1 + 5003);
    expect(chunkLines.length).toBeGreaterThanOrEqual(1 + Math.ceil(5003 / FETCH_ROWS));
    expect(Math.max(...chunkLines)).toBeLessThanOrEqual(FETCH_ROWS);
  });

  it("issue 10 item 5: a download abandoned half-way gives its connection back", async () => {
    const reader = pickListCsv(roundId, {}).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    // The pool has 4 connections: if cancelled exports leaked theirs, these would wait forever.
    for (let i = 0; i < 6; i++) {
      const r = pickListCsv(roundId, { storeId: stores[1]!.id }).getReader();
      await r.read();
      await r.cancel();
    }
    expect((await rowsOf(pickListCsv(roundId, { storeId: stores[2]!.id }))).length).toBeGreaterThanOrEqual(1);
  });
});
