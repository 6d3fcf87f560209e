import { beforeEach, describe, expect, it } from "vitest";
import { dayToDb } from "@/lib/db/days";
import { drawBatchesDone, drawPendingBatches, planDrawBatches } from "@/lib/rounds/transitions/draw-batch";
import { queueDrawNotices } from "@/lib/rounds/transitions/draw-notices";
import { drawStore } from "@/lib/rules";
import { smsTemplates } from "@/lib/notices/templates";
import { DRAW_NOTICE_BODY } from "@/lib/notices/draw-notice";
import { deliverNotices } from "@/lib/notices/deliver";
import type { SmsGateway, SmsMessage } from "@/lib/notices/sms-adapter";
import { createStore, ROUND_2020, syntheticIdNumber, upsertRound } from "@/lib/seed/factories";
import { orderStatus } from "@/lib/orders/order-state";
import { resetDatabase, testDb } from "../helpers/db";
import { countStatus } from "../helpers/orders";

// The draw runs in PostgreSQL, a few stores per transaction. It must give exactly the winners of
// the documented rule (lib/rules drawStore), whatever the batch boundaries, and resume after a
// failure without doing a store twice.
const prisma = testDb();
const SEED = "d".repeat(64);
const AT = new Date("2020-03-19T01:00:00Z");
// [packs or null for no supply row, orders, how many of those people have no phone]
const STORES: [number | null, number, number][] = [[2, 5, 1], [0, 2, 0], [null, 1, 0], [10, 3, 1], [3, 3, 0], [1, 4, 0], [4, 0, 0]];

async function setup() {
  const round = await upsertRound(prisma, ROUND_2020);
  await prisma.round.update({ where: { id: round.id }, data: { drawSeed: SEED } });
  let n = 0;
  const stores = [];
  for (const [i, [packs, orders, phoneless]] of STORES.entries()) {
    const store = await createStore(prisma, i + 1);
    stores.push(store);
    if (packs !== null) await prisma.storeSupply.create({ data: { roundId: round.id, storeId: store.id, packs } });
    for (let k = 0; k < orders; k++) {
      n++;
      const person = await prisma.person.create({
        data: { idNumber: syntheticIdNumber(n), idKind: "NATIONAL", name: `p${n}`, birthDate: dayToDb("1980-01-01"), phone: k < phoneless ? null : `09120000${String(n).padStart(2, "0")}` },
      });
      await prisma.order.create({ data: { personId: person.id, roundId: round.id, storeId: store.id, channel: "WEB", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
    }
  }
  return { roundId: round.id, stores };
}

/** Plan the draw in batches of `storesPerBatch` stores and draw them with `workers` at once, as the job does. */
async function draw(roundId: string, storesPerBatch: number, workers = 2): Promise<number> {
  const round = await prisma.round.findUniqueOrThrow({ where: { id: roundId } });
  await prisma.$transaction((tx) => planDrawBatches(tx, roundId, storesPerBatch));
  return drawPendingBatches((work) => prisma.$transaction(work), round, AT, workers);
}
const done = (roundId: string) => prisma.$transaction((tx) => drawBatchesDone(tx, roundId));
/** Queue the drawn batches' notices, as the worker's tick does after the draw (D171). */
const feed = (backlog?: number, workers?: number) => queueDrawNotices((work) => prisma.$transaction(work), AT, backlog, workers);
/** A gateway that records what it is asked to send. */
function recordingGateway(): SmsGateway & { sent: SmsMessage[] } {
  const sent: SmsMessage[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}
const withPhone = () => STORES.reduce((sum, [, orders, phoneless]) => sum + orders - phoneless, 0);

describe("the draw in bounded batches (R2, R3)", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    await resetDatabase();
    s = await setup();
  });

  it("R2: batches of 2 stores give exactly drawStore's winners, ranks and tickets for every store", async () => {
    expect(await done(s.roundId)).toBe(false);
    expect(await draw(s.roundId, 2)).toBe(4); // 7 stores, 2 a batch
    expect(await done(s.roundId)).toBe(true);
    expect(await countStatus(prisma, "PLACED")).toBe(0);

    for (const [i, store] of s.stores.entries()) {
      const [packs, demand] = STORES[i]!;
      const orders = await prisma.order.findMany({ where: { storeId: store.id }, include: { drawEntry: true } });
      const expected = drawStore(SEED, packs ?? 0, orders.map((o) => o.id));
      const winners = new Set(expected.filter((r) => r.selected).map((r) => r.orderId));
      expect(orders.filter((o) => orderStatus(o.status, o.drawEntry) === "SELECTED").map((o) => o.id).sort()).toEqual([...winners].sort());
      const draw = await prisma.draw.findFirst({ where: { storeId: store.id } });
      if (demand > (packs ?? 0)) {
        // R2: an oversubscribed store's draw is on record, entry by entry.
        expect(draw).toMatchObject({ supply: packs ?? 0, demand });
        for (const r of expected) expect(orders.find((o) => o.id === r.orderId)!.drawEntry).toMatchObject({ ticket: r.ticket, rank: r.rank, selected: r.selected });
      } else {
        // Enough supply: every order has its entry — selected, without draw, ticket or rank (D173).
        expect(draw).toBeNull();
        for (const o of orders) expect(o.drawEntry).toMatchObject({ drawId: null, ticket: null, rank: null, selected: true });
      }
    }
  });

  it("R3, D173: each order gets one entry and no event, its code from placement, everyone with a phone the template's exact notice", async () => {
    await draw(s.roundId, 3);
    // D171: the draw records; its notices are queued by the feeder, batch by batch, once.
    expect(await prisma.notice.count()).toBe(0);
    expect(await feed()).toBe(3);
    expect(await feed()).toBe(0);
    const rows = await prisma.order.findMany({ include: { person: true, history: true, notices: true, drawEntry: true } });
    const orders = rows.map((o) => ({ ...o, status: orderStatus(o.status, o.drawEntry) }));
    expect(orders.every((o) => o.drawEntry !== null)).toBe(true);
    // D173: every order got its payment code when it was placed (the database's default), unique.
    const codes = orders.map((o) => o.paymentCode);
    expect(codes.every((c) => /^\d{14}$/.test(c!))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    for (const o of orders) {
      expect(o.history).toEqual([]); // the draw writes no status event: its entry is the record
      if (!o.person.phone) {
        expect(o.notices).toEqual([]);
        continue;
      }
      expect(o.notices).toHaveLength(1);
      // D175: queued, a draw notice names its kind, order and recipient; text and check code come at sending.
      expect(o.notices[0]).toMatchObject({ kind: o.status === "SELECTED" ? "PAYMENT" : "NOT_SELECTED", recipient: o.person.phone, body: DRAW_NOTICE_BODY, checkCode: null, dedupeKey: `${o.notices[0]!.kind}:${o.id}`, status: "PENDING", nextAttemptAt: AT });
    }
    // Sent, each is the template's exact text for its order, with a check code of its own.
    const gateway = recordingGateway();
    expect(await deliverNotices(gateway)).toEqual({ sent: withPhone(), failed: 0 });
    for (const o of orders.filter((x) => x.person.phone)) {
      const notice = await prisma.notice.findUniqueOrThrow({ where: { id: o.notices[0]!.id } });
      expect(notice.checkCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
      const text = o.status === "SELECTED"
        ? smsTemplates.PAYMENT!({ amount: 22, paymentCode: o.paymentCode!, deadline: "2020-03-25", checkCode: notice.checkCode! })
        : smsTemplates.NOT_SELECTED!({ checkCode: notice.checkCode! });
      expect(gateway.sent.filter((m) => m.noticeId === notice.id)).toEqual([{ noticeId: notice.id, to: o.person.phone, body: text }]);
      expect(notice).toMatchObject({ status: "SENT", body: "" });
    }
    expect(new Set((await prisma.notice.findMany()).map((n) => n.checkCode)).size).toBe(withPhone());
    // D172: the rows written in bulk carry version-7 ids whose first 48 bits are the time of writing.
    const ids = [...orders.flatMap((o) => o.notices.map((n) => n.id)), ...(await prisma.draw.findMany()).map((d) => d.id)];
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Math.abs(parseInt(id.replace(/-/g, "").slice(0, 12), 16) - Date.now())).toBeLessThan(120_000);
    }
  });

  it("R2: a batch that fails rolls back whole; the next run draws the batches left and no store twice", async () => {
    // Make the second batch (stores 3 and 4) fail in the database itself, half-way: after its
    // draws are recorded, on its first entry of a store with enough supply.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION fail_entry() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF (SELECT store_id FROM orders WHERE id = NEW.order_id) = '${s.stores[3]!.id}' THEN RAISE EXCEPTION 'injected failure'; END IF;
      RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_entry BEFORE INSERT ON draw_entries FOR EACH ROW EXECUTE FUNCTION fail_entry()`);
    await expect(draw(s.roundId, 2, 1)).rejects.toThrow(/injected failure/);
    const drawnSoFar = await prisma.drawEntry.count();
    expect(drawnSoFar).toBe(STORES[0]![1] + STORES[1]![1]); // only the first batch's orders
    expect(await countStatus(prisma, "PLACED")).toBe(STORES.reduce((sum, [, orders]) => sum + orders, 0) - drawnSoFar);
    expect(await prisma.draw.count()).toBe(2); // stores 1 and 2; store 3's draw was rolled back
    expect(await prisma.drawBatch.count({ where: { doneAt: { not: null } } })).toBe(1);
    await prisma.$executeRawUnsafe(`DROP TRIGGER fail_entry ON draw_entries`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION fail_entry()`);
    expect(await draw(s.roundId, 2)).toBe(3); // planned once: the 3 batches left
    expect(await done(s.roundId)).toBe(true);
    const total = STORES.reduce((sum, [, orders]) => sum + orders, 0);
    expect(await prisma.drawEntry.count()).toBe(total); // one each: none twice
    expect(await countStatus(prisma, "PLACED")).toBe(0);
    expect(await prisma.draw.count()).toBe(STORES.filter(([packs, orders]) => orders > (packs ?? 0)).length);
    expect(await feed()).toBe(4);
    expect(await prisma.notice.count()).toBe(withPhone());
  });

  it("D174: without foreign keys on the bulk rows, no draw entry or notice names a missing order, person or draw", async () => {
    await draw(s.roundId, 2);
    await feed();
    expect(await prisma.drawEntry.count()).toBe(STORES.reduce((sum, [, orders]) => sum + orders, 0));
    expect(await prisma.notice.count()).toBe(withPhone());
    const [orphans] = await prisma.$queryRaw<{ entries: number; notices: number }[]>`
      SELECT (SELECT count(*) FROM draw_entries e
              WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = e.order_id)
                 OR (e.draw_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM draws d WHERE d.id = e.draw_id)))::int AS entries,
             (SELECT count(*) FROM notices n
              WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = n.order_id AND o.person_id = n.person_id)
                 OR NOT EXISTS (SELECT 1 FROM people p WHERE p.id = n.person_id))::int AS notices`;
    expect(orphans).toEqual({ entries: 0, notices: 0 });
  });

  it("R3, D171: a batch of notices that fails rolls back whole and is queued by the next run, each notice once", async () => {
    await draw(s.roundId, 2);
    await prisma.$executeRawUnsafe(`CREATE FUNCTION fail_notice() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF (SELECT store_id FROM orders WHERE id = NEW.order_id) = '${s.stores[3]!.id}' THEN RAISE EXCEPTION 'injected failure'; END IF;
      RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_notice BEFORE INSERT ON notices FOR EACH ROW EXECUTE FUNCTION fail_notice()`);
    await expect(feed(undefined, 1)).rejects.toThrow(/injected failure/);
    // The first batch (stores 1–2) was queued; the second (stores 3–4) left nothing behind.
    expect(await prisma.drawBatch.count({ where: { noticesAt: { not: null } } })).toBe(1);
    expect(await prisma.notice.count()).toBe(STORES[0]![1] - STORES[0]![2] + STORES[1]![1] - STORES[1]![2]);
    await prisma.$executeRawUnsafe(`DROP TRIGGER fail_notice ON notices`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION fail_notice()`);
    expect(await feed()).toBe(3);
    expect(await prisma.notice.count()).toBe(withPhone());
    expect(new Set((await prisma.notice.findMany({ select: { dedupeKey: true } })).map((n) => n.dedupeKey)).size).toBe(withPhone());
  });

  it("D175: a notice already queued under its dedupe key is left as it is, and the batch's others are queued", async () => {
    await draw(s.roundId, 100);
    const order = await prisma.order.findFirstOrThrow({ where: { person: { phone: { not: null } } }, include: { drawEntry: true } });
    const kind = order.drawEntry!.selected ? "PAYMENT" : "NOT_SELECTED";
    await prisma.notice.create({ data: { kind, channel: "SMS", orderId: order.id, recipient: "0900000000", body: "queued before", dedupeKey: `${kind}:${order.id}`, checkCode: "HAND2222" } });
    expect(await feed()).toBe(1);
    expect(await prisma.notice.count()).toBe(withPhone());
    expect(await prisma.notice.findUniqueOrThrow({ where: { dedupeKey: `${kind}:${order.id}` } })).toMatchObject({ body: "queued before", recipient: "0900000000" });
  });

  it("D171: the feeder stops while the outbox holds its backlog of pending notices, and goes on once they are sent", async () => {
    await draw(s.roundId, 2);
    expect(await feed(3, 1)).toBe(1); // the first batch's 6 notices fill a backlog of 3
    expect(await feed(3, 1)).toBe(0);
    await prisma.notice.updateMany({ data: { status: "SENT", sentAt: AT } });
    expect(await feed(3, 1)).toBe(1);
    expect(await feed()).toBe(2);
    expect(await prisma.notice.count()).toBe(withPhone());
  });
});
