import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { enqueueSms } from "@/lib/notices/enqueue";
import { deliverNotices } from "@/lib/notices/deliver";
import { DRAW_NOTICE_BODY } from "@/lib/notices/draw-notice";
import { smsTemplates } from "@/lib/notices/templates";
import type { SmsGateway, SmsMessage } from "@/lib/notices/sms-adapter";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";

// R3: the SMS outbox — queued once, delivered once, retried when the gateway fails.
const prisma = testDb();

/** A gateway that records what it is asked to send (the real outbox and database are used). */
function recordingGateway(failTimes = 0): SmsGateway & { sent: SmsMessage[] } {
  let failures = failTimes;
  const sent: SmsMessage[] = [];
  return {
    sent,
    async send(m) {
      if (failures-- > 0) throw new Error("gateway down");
      sent.push(m);
    },
  };
}

async function oneOrder() {
  const person = await upsertPerson(prisma, buildPerson(1));
  const store = await createStore(prisma, 1);
  const round = await upsertRound(prisma, ROUND_2020);
  const order = await prisma.order.create({ data: { personId: person.id, roundId: round.id, storeId: store.id, channel: "WEB", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
  return { person, order };
}

describe("SMS outbox (R3)", () => {
  beforeEach(async () => {
    await resetDatabase();
    setClock(new Date("2020-03-19T02:00:00Z"));
  });
  afterAll(() => setClock(null));

  it("R3: a notice queued twice for the same order and kind is stored once, and delivered once", async () => {
    const { person, order } = await oneOrder();
    const notice = { kind: "PAYMENT" as const, personId: person.id, orderId: order.id, phone: "0912345678", vars: { amount: 22, paymentCode: "12345678901234", deadline: "2020-03-25" } };
    await enqueueSms(prisma, [notice]);
    await enqueueSms(prisma, [notice]);
    expect(await prisma.notice.count()).toBe(1);
    const gateway = recordingGateway();
    expect(await deliverNotices(gateway)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverNotices(gateway)).toEqual({ sent: 0, failed: 0 });
    expect(gateway.sent).toHaveLength(1);
    expect(gateway.sent[0]!.body).toContain("12345678901234");
    expect(await prisma.notice.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("R3: a notice whose random check code is already taken is written again with a new code, never dropped", async () => {
    const { person, order } = await oneOrder();
    const notice = { kind: "PAYMENT" as const, personId: person.id, orderId: order.id, phone: "0912345678", vars: { amount: 22, paymentCode: "12345678901234", deadline: "2020-03-25" } };
    await enqueueSms(prisma, [{ ...notice, kind: "NOT_SELECTED", vars: {} }], () => "TAKEN222");
    const codes = ["TAKEN222", "FRESH333"]; // the first code drawn clashes with the notice above
    await enqueueSms(prisma, [notice], () => codes.shift()!);
    const payment = await prisma.notice.findUniqueOrThrow({ where: { dedupeKey: `PAYMENT:${order.id}` } });
    expect(payment.checkCode).toBe("FRESH333");
    expect(payment.body).toContain("FRESH333");
    // A notice already queued under its dedupe key is not written twice, whatever its code.
    await enqueueSms(prisma, [notice], () => "OTHER444");
    expect(await prisma.notice.count()).toBe(2);
  });

  it("R3, D175: a draw notice is written when sent, from its order, with a check code of its own (a taken code is drawn again)", async () => {
    const { person, order } = await oneOrder();
    await prisma.order.update({ where: { id: order.id }, data: { paymentCode: "55556666777788" } });
    await enqueueSms(prisma, [{ kind: "NOT_SELECTED", personId: person.id, orderId: order.id, phone: "0912345678", vars: {} }], () => "TAKEN222");
    await prisma.notice.create({ data: { kind: "PAYMENT", channel: "SMS", personId: person.id, orderId: order.id, recipient: "0912345678", body: DRAW_NOTICE_BODY, dedupeKey: `PAYMENT:${order.id}`, nextAttemptAt: new Date("2020-03-19T02:00:00Z") } });
    const codes = ["TAKEN222", "FRESH333"];
    const gateway = recordingGateway(2); // both first sends fail: the retry keeps the code it was given
    await deliverNotices(gateway, () => codes.shift()!);
    expect(await prisma.notice.findUniqueOrThrow({ where: { dedupeKey: `PAYMENT:${order.id}` } })).toMatchObject({ checkCode: "FRESH333", status: "PENDING", attempts: 1 });
    setClock(new Date("2020-03-19T02:05:00Z"));
    await deliverNotices(gateway, () => "NEVER444");
    const payment = gateway.sent.find((m) => m.body.includes("FRESH333"))!;
    expect(payment).toEqual({ noticeId: expect.any(String), to: "0912345678", body: smsTemplates.PAYMENT!({ amount: 22, paymentCode: "55556666777788", deadline: "2020-03-25", checkCode: "FRESH333" }) });
    expect(await prisma.notice.findUniqueOrThrow({ where: { dedupeKey: `PAYMENT:${order.id}` } })).toMatchObject({ checkCode: "FRESH333", status: "SENT", body: "" });
  });

  it("D175: a check code is unique among notices that have one; any number wait without one", async () => {
    const { person, order } = await oneOrder();
    const row = (kind: "PAYMENT" | "NOT_SELECTED", checkCode: string | null) => ({ kind, channel: "SMS" as const, personId: person.id, orderId: order.id, recipient: "0912345678", body: DRAW_NOTICE_BODY, dedupeKey: `${kind}:${order.id}`, checkCode });
    await prisma.notice.create({ data: row("PAYMENT", null) });
    await prisma.notice.create({ data: row("NOT_SELECTED", null) });
    await prisma.notice.update({ where: { dedupeKey: `PAYMENT:${order.id}` }, data: { checkCode: "SAME2222" } });
    await expect(prisma.notice.update({ where: { dedupeKey: `NOT_SELECTED:${order.id}` }, data: { checkCode: "SAME2222" } })).rejects.toThrow(/check_code|Unique constraint/);
  });

  it("R3: a failing gateway is retried later with backoff, then gives up as FAILED after 5 attempts", async () => {
    const { person, order } = await oneOrder();
    await enqueueSms(prisma, [{ kind: "NOT_SELECTED", personId: person.id, orderId: order.id, phone: "0912345678", vars: {} }]);
    const gateway = recordingGateway(10);
    await deliverNotices(gateway);
    const afterFirst = await prisma.notice.findFirstOrThrow();
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1 });
    // One minute later (the moved clock keeps running, so allow for the test's own milliseconds).
    expect(afterFirst.nextAttemptAt.getTime() - Date.parse("2020-03-19T02:01:00Z")).toBeGreaterThanOrEqual(0);
    expect(afterFirst.nextAttemptAt.getTime() - Date.parse("2020-03-19T02:01:00Z")).toBeLessThan(2000);
    expect(await deliverNotices(gateway)).toEqual({ sent: 0, failed: 0 }); // not due yet
    for (let i = 0; i < 4; i++) {
      setClock(new Date(Date.parse("2020-03-19T02:00:00Z") + 60 * 60_000 * (i + 1)));
      await deliverNotices(gateway);
    }
    expect(await prisma.notice.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 5 });
  });

  it("two workers delivering at once send each notice once", async () => {
    const { person, order } = await oneOrder();
    await enqueueSms(prisma, [{ kind: "NOT_SELECTED", personId: person.id, orderId: order.id, phone: "0912345678", vars: {} }]);
    const gateway = recordingGateway();
    await Promise.all([deliverNotices(gateway), deliverNotices(gateway), deliverNotices(gateway)]);
    expect(gateway.sent).toHaveLength(1);
  });
});

describe("reminders (the ones the 2020 system lacked)", () => {
  beforeEach(resetDatabase);
  afterAll(() => setClock(null));

  it("R3: 'payment due tomorrow' goes once to selected, unpaid orders on the day before the deadline", async () => {
    const { queueReminders } = await import("@/lib/notices/reminders");
    const { order } = await oneOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: "SELECTED", paymentCode: "11112222333344" } });
    await prisma.round.updateMany({ data: { drawnAt: new Date() } });
    setClock(new Date("2020-03-23T12:00:00+08:00"));
    expect(await queueReminders()).toBe(0);
    setClock(new Date("2020-03-24T12:00:00+08:00"));
    expect(await queueReminders()).toBe(1);
    expect(await queueReminders()).toBe(0);
    const n = await prisma.notice.findFirstOrThrow({ where: { kind: "PAYMENT_REMINDER" } });
    expect(n.body).toContain("11112222333344");
  });

  it("R5: 'pickup starts' and 'pickup ends tomorrow' go to paid orders", async () => {
    const { queueReminders } = await import("@/lib/notices/reminders");
    const { order } = await oneOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: "PAID" } });
    await prisma.round.updateMany({ data: { drawnAt: new Date() } });
    setClock(new Date("2020-03-26T08:00:00+08:00"));
    expect(await queueReminders()).toBe(1);
    setClock(new Date("2020-03-31T08:00:00+08:00"));
    expect(await queueReminders()).toBe(1);
    expect((await prisma.notice.findMany({ orderBy: { createdAt: "asc" } })).map((n) => n.kind)).toEqual(["PICKUP_STARTS", "PICKUP_ENDS_SOON"]);
  });
});
