import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { placeOrder } from "@/lib/orders/place-order";
import { lockRoundForJobs, runDueTransitions } from "@/lib/rounds/run-due-transitions";
import { queueDrawNotices } from "@/lib/rounds/transitions/draw-notices";
import { deliverNotices } from "@/lib/notices/deliver";
import type { SmsMessage } from "@/lib/notices/sms-adapter";
import { enterLedger } from "@/lib/rounds/transitions/simple";
import { drawStore, seedMatchesCommitment } from "@/lib/rules";
import { dayToDb, dayFromDb } from "@/lib/db/days";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import type { CitizenPrincipal } from "@/lib/auth/session";
import { resetDatabase, testDb } from "../helpers/db";
import { countStatus, ordersWithStatus } from "../helpers/orders";

// The round's background transitions on the 2020 calendar, with the clock moved day by day.
const prisma = testDb();
const taipei = (day: string, time = "10:00") => new Date(`${day}T${time}:00+08:00`);
const as = (personId: string): CitizenPrincipal => ({ kind: "citizen", personId, method: "PHONE", channel: "APP" });

async function setup() {
  setClock(taipei("2020-03-12"));
  const round = await upsertRound(prisma, ROUND_2020);
  const busy = await createStore(prisma, 1); // 1 pack, 3 orders: a draw
  const calm = await createStore(prisma, 2); // 5 packs, 1 order: everyone served
  await prisma.storeSupply.createMany({ data: [{ roundId: round.id, storeId: busy.id, packs: 1 }, { roundId: round.id, storeId: calm.id, packs: 5 }] });
  const people = [];
  for (let n = 1; n <= 4; n++) people.push(await upsertPerson(prisma, buildPerson(n)));
  const orders = [];
  for (const [i, p] of people.entries()) {
    orders.push((await placeOrder(as(p.id), { roundId: round.id, storeId: i < 3 ? busy.id : calm.id, idempotencyKey: null })).order);
  }
  return { round, busy, calm, people, orders };
}

/** Draw on 3/19, pay every selected order, and record a pharmacy sale on 3/22 for the first payer (S3). */
async function drawPayAndBuyAtPharmacy() {
    setClock(taipei("2020-03-19"));
    await runDueTransitions();
    const paid = (await ordersWithStatus(prisma)).filter((o) => o.status === "SELECTED");
    await prisma.order.updateMany({ where: { id: { in: paid.map((p) => p.id) } }, data: { status: "PAID" } });
    const pharmacy = await prisma.pharmacy.create({ data: { code: "5900000001", name: "藥局", county: "臺北市", town: "信義區", address: "x" } });
    await prisma.ledgerEntry.create({ data: { personId: paid[0]!.personId, channel: "PHARMACY", pharmacyId: pharmacy.id, effectiveDay: dayToDb("2020-03-22") } });
  return paid;
}

describe("round transitions (R1–R5, S2, S6)", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    await resetDatabase();
    s = await setup();
  });
  afterAll(() => setClock(null));

  it("R1: nothing happens while ordering is open", async () => {
    setClock(taipei("2020-03-18", "23:00"));
    expect(await runDueTransitions()).toEqual([]);
  });

  it("the jobs do not lock a round with nothing due (they look first), and do lock one that has", async () => {
    const within2s = <T>(p: Promise<T>) => Promise.race([p, new Promise<"waited">((res) => setTimeout(() => res("waited"), 2000))]);
    let due: Promise<unknown> = Promise.resolve();
    await prisma.$transaction(async (tx) => {
      await lockRoundForJobs(tx, s.round.id); // another process's jobs, holding the round
      setClock(taipei("2020-03-18", "23:00"));
      expect(await within2s(runDueTransitions())).toEqual([]);
      setClock(taipei("2020-03-19", "09:00"));
      due = runDueTransitions();
      expect(await within2s(due)).toBe("waited"); // the close is due: it waits for the lock
    }, { timeout: 10_000 });
    expect((await due as { transition: string }[]).map((r) => r.transition)).toEqual(["close", "draw"]); // and then runs
  });

  it("R2: closes, reveals the committed seed, draws only the oversubscribed store, reproducibly", async () => {
    setClock(taipei("2020-03-19", "09:00"));
    expect((await runDueTransitions()).map((r) => r.transition)).toEqual(["close", "draw"]);
    const round = await prisma.round.findUniqueOrThrow({ where: { id: s.round.id } });
    expect(seedMatchesCommitment(round.drawSeed!, round.drawCommitment!)).toBe(true);
    const draws = await prisma.draw.findMany({ include: { entries: true } });
    expect(draws).toHaveLength(1);
    expect(draws[0]).toMatchObject({ storeId: s.busy.id, supply: 1, demand: 3 });
    // Anyone can recompute the result from the seed and the order ids.
    const expected = drawStore(round.drawSeed!, 1, s.orders.slice(0, 3).map((o) => o.id));
    const stored = [...draws[0]!.entries].sort((a, b) => a.rank! - b.rank!);
    expect(stored.map((e) => [e.orderId, e.rank, e.selected])).toEqual(expected.map((e) => [e.orderId, e.rank, e.selected]));
    const statuses = await ordersWithStatus(prisma);
    expect(statuses.filter((o) => o.status === "SELECTED")).toHaveLength(2); // 1 at busy + 1 at calm
    expect(statuses.filter((o) => o.status === "NOT_SELECTED")).toHaveLength(2);
    expect(statuses.filter((o) => o.status === "SELECTED").every((o) => /^\d{14}$/.test(o.paymentCode!))).toBe(true);
    // D173: the draw decided by entries (the calm store's order has one without draw or rank) and
    // left each order's own row as it was placed — no update, no status event.
    expect(statuses.every((o) => o.stored === "PLACED")).toBe(true);
    expect(await prisma.drawEntry.findFirst({ where: { orderId: s.orders[3]!.id } })).toMatchObject({ drawId: null, rank: null, ticket: null, selected: true });
    expect(await prisma.orderStatusEvent.count({ where: { actor: "job:draw" } })).toBe(0);
  });

  it("R3: notices are queued once — payment notices with amount, code and deadline; not-drawn notices", async () => {
    setClock(taipei("2020-03-19"));
    await runDueTransitions();
    await runDueTransitions(); // a second run, as after a restart: nothing new
    // D171: the drawn batches' notices come from the feeder (the worker's tick), once.
    const feed = () => queueDrawNotices((work) => prisma.$transaction(work), taipei("2020-03-19"));
    expect(await feed()).toBe(1);
    expect(await feed()).toBe(0);
    const notices = await prisma.notice.findMany();
    expect(notices).toHaveLength(4);
    const payment = notices.filter((n) => n.kind === "PAYMENT");
    expect(payment).toHaveLength(2);
    // D175: the text is written when the notice is sent.
    const sent: SmsMessage[] = [];
    expect(await deliverNotices({ send: async (m) => void sent.push(m) })).toEqual({ sent: 4, failed: 0 });
    for (const n of payment) {
      const order = await prisma.order.findUniqueOrThrow({ where: { id: n.orderId! } });
      const { checkCode } = await prisma.notice.findUniqueOrThrow({ where: { id: n.id } });
      const body = sent.find((m) => m.noticeId === n.id)!.body;
      expect(body).toContain(order.paymentCode!);
      expect(body).toContain("22");
      expect(body).toContain("2020-03-25");
      expect(body).toContain(checkCode);
    }
  });

  it("jobs run twice concurrently still run each transition once", async () => {
    setClock(taipei("2020-03-19"));
    const [a, b] = await Promise.all([runDueTransitions(), runDueTransitions()]);
    expect([...a, ...b].map((r) => r.transition).sort()).toEqual(["close", "draw"]);
    expect(await prisma.drawEntry.count()).toBe(4); // one decision per order, not two
    expect(await prisma.draw.count()).toBe(1);
  });

  it("R3/S6: unpaid selected orders lapse after the deadline and count as no purchase", async () => {
    setClock(taipei("2020-03-19"));
    await runDueTransitions();
    setClock(taipei("2020-03-26"));
    expect((await runDueTransitions()).map((r) => r.transition)).toEqual(["lapse", "ledger"]);
    expect(await prisma.order.count({ where: { status: "LAPSED" } })).toBe(2); // stored by the lapse
    expect(await countStatus(prisma, "NOT_SELECTED")).toBe(2); // the draw's losers are not touched
    expect(await prisma.orderStatusEvent.count({ where: { actor: "job:lapse", fromStatus: "SELECTED", toStatus: "LAPSED" } })).toBe(2);
    expect(await prisma.ledgerEntry.count()).toBe(0);
  });

  it("S2/S3/S5: the ledger job works in chunks (here of 1 order) with the same days, and enters each order once", async () => {
    const paid = await drawPayAndBuyAtPharmacy();
    const round = await prisma.round.findUniqueOrThrow({ where: { id: s.round.id } });
    expect(await prisma.$transaction((tx) => enterLedger(tx, round, 1))).toBe(2);
    expect(await prisma.$transaction((tx) => enterLedger(tx, round, 1))).toBe(0);
    const online = await prisma.ledgerEntry.findMany({ where: { channel: "ONLINE" }, select: { personId: true, orderId: true, effectiveDay: true } });
    expect(online.map((e) => [e.orderId, dayFromDb(e.effectiveDay)]).sort()).toEqual(
      paid.map((o) => [o.id, o.personId === paid[0]!.personId ? "2020-03-29" : "2020-03-26"]).sort(),
    );
  });

  it("S2/S3/S5/R5/S6: paid orders enter the ledger on their day; forfeited ones still count", async () => {
    // The first paid person bought at a pharmacy on 3/22 (S3): their order counts from 3/29 (S5).
    const paid = await drawPayAndBuyAtPharmacy();
    setClock(taipei("2020-03-26"));
    await runDueTransitions();
    const online = await prisma.ledgerEntry.findMany({ where: { channel: "ONLINE" }, orderBy: { effectiveDay: "asc" } });
    expect(online.map((e) => dayFromDb(e.effectiveDay))).toEqual(["2020-03-26", "2020-03-29"]);
    setClock(taipei("2020-04-02"));
    expect((await runDueTransitions()).map((r) => r.transition)).toEqual(["forfeit"]);
    expect(await prisma.order.count({ where: { status: "FORFEITED" } })).toBe(2);
    expect(await prisma.ledgerEntry.count({ where: { channel: "ONLINE" } })).toBe(2); // S6: still purchases
  });
});
