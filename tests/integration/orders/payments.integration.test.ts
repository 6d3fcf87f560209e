import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { startPayment } from "@/lib/payments/start-payment";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { signCallback } from "@/lib/payments/standin-gateway";
import { pickupCodeDigest, pickupCodeFor } from "@/lib/payments/pickup-code";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import type { CitizenPrincipal } from "@/lib/auth/session";
import { resetDatabase, testDb } from "../helpers/db";

// R3, O4: payments by the stand-in gateway's signed callback.
const prisma = testDb();
const who = (personId: string, channel: "WEB" | "APP" = "WEB"): CitizenPrincipal => ({ kind: "citizen", personId, method: "NHI_CARD", channel });

async function selectedOrder(channel: "WEB" | "APP" = "WEB", n = 1) {
  const person = await upsertPerson(prisma, buildPerson(n));
  const store = await createStore(prisma, n);
  const round = await upsertRound(prisma, ROUND_2020);
  const order = await prisma.order.create({
    data: { personId: person.id, roundId: round.id, storeId: store.id, channel, status: "SELECTED", paymentCode: `1234567890123${n}`, masks: 3, unitPrice: 5, fee: 7, total: 22 },
  });
  return { person, order };
}

function callback(paymentId: string, over: Partial<{ amount: number; paidAt: string; gatewayRef: string }> = {}) {
  const body = JSON.stringify({ gatewayRef: "GW0001", paymentId, amount: 22, paidAt: "2020-03-20T03:00:00.000Z", ...over });
  return { body, signature: signCallback(body) };
}

describe("payments (R3, O4)", () => {
  beforeEach(async () => {
    await resetDatabase();
    setClock(new Date("2020-03-20T03:00:00Z"));
  });
  afterAll(() => setClock(null));

  it("R3: an app-channel order can only pay by ATM; ATM gets a virtual account from the payment code", async () => {
    const { person, order } = await selectedOrder("APP");
    await expect(startPayment(who(person.id, "APP"), order.id, "CREDIT_CARD")).rejects.toMatchObject({ code: "METHOD_NOT_ALLOWED" });
    const atm = await startPayment(who(person.id, "APP"), order.id, "ATM");
    expect(atm).toMatchObject({ amount: 22, status: "PENDING", virtualAccount: `812${order.paymentCode}` });
  });

  it("D173: an order the draw selected (its row still PLACED, its entry selected) pays and is stored PAID; one it did not select cannot pay", async () => {
    const { person, order } = await selectedOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: "PLACED" } });
    await prisma.drawEntry.create({ data: { orderId: order.id, selected: true } }); // a store with enough supply
    const payment = await startPayment(who(person.id), order.id, "ATM");
    const cb = callback(payment.id);
    expect(await confirmPayment(cb.body, cb.signature)).toEqual({ orderId: order.id, replay: false });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect(await prisma.orderStatusEvent.findMany({ where: { orderId: order.id }, select: { fromStatus: true, toStatus: true } })).toEqual([{ fromStatus: "SELECTED", toStatus: "PAID" }]);

    const loser = await selectedOrder("WEB", 2);
    await prisma.order.update({ where: { id: loser.order.id }, data: { status: "PLACED" } });
    const draw = await prisma.draw.create({ data: { roundId: loser.order.roundId, storeId: loser.order.storeId, supply: 0, demand: 1 } });
    await prisma.drawEntry.create({ data: { orderId: loser.order.id, drawId: draw.id, ticket: "b".repeat(64), rank: 1, selected: false } });
    await expect(startPayment(who(loser.person.id), loser.order.id, "ATM")).rejects.toMatchObject({ code: "NOT_PAYABLE" });
  });

  it("R3: another person's order is 'not found', whatever its id", async () => {
    const { order } = await selectedOrder("WEB", 1);
    const other = await upsertPerson(prisma, buildPerson(9));
    await expect(startPayment(who(other.id), order.id, "ATM")).rejects.toMatchObject({ code: "ORDER_NOT_FOUND" });
  });

  it("R3: a signed callback marks the order paid and queues the pickup code; a replay changes nothing", async () => {
    const { person, order } = await selectedOrder();
    const payment = await startPayment(who(person.id), order.id, "CREDIT_CARD");
    const cb = callback(payment.id);
    expect(await confirmPayment(cb.body, cb.signature)).toEqual({ orderId: order.id, replay: false });
    expect(await confirmPayment(cb.body, cb.signature)).toEqual({ orderId: order.id, replay: true });
    const paid = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.pickupCodeHash).toBe(pickupCodeDigest(pickupCodeFor(order.id)));
    const notices = await prisma.notice.findMany({ where: { kind: "PICKUP_CODE" } });
    expect(notices).toHaveLength(1);
    // issue 7 item 6: the queued text holds a placeholder, never the code (D58).
    expect(notices[0]!.body).toContain("{{pickup-code}}");
    expect(notices[0]!.body).not.toContain(pickupCodeFor(order.id));
    expect(await prisma.orderStatusEvent.count({ where: { orderId: order.id, toStatus: "PAID" } })).toBe(1);
  });

  it("R3: concurrent replays of one callback pay once", async () => {
    const { person, order } = await selectedOrder();
    const payment = await startPayment(who(person.id), order.id, "ATM");
    const cb = callback(payment.id);
    const results = await Promise.all(Array.from({ length: 5 }, () => confirmPayment(cb.body, cb.signature)));
    expect(results.filter((r) => !r.replay)).toHaveLength(1);
    expect(await prisma.payment.count({ where: { status: "SUCCEEDED" } })).toBe(1);
  });

  it("R3: a forged or tampered callback is refused (BAD_SIGNATURE) and nothing changes", async () => {
    const { person, order } = await selectedOrder();
    const payment = await startPayment(who(person.id), order.id, "ATM");
    const cb = callback(payment.id);
    await expect(confirmPayment(cb.body.replace('"amount":22', '"amount":2'), cb.signature)).rejects.toMatchObject({ code: "BAD_SIGNATURE" });
    await expect(confirmPayment(cb.body, null)).rejects.toMatchObject({ code: "BAD_SIGNATURE" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SELECTED");
  });

  it("O4: a wrong amount is refused (WRONG_AMOUNT)", async () => {
    const { person, order } = await selectedOrder();
    const payment = await startPayment(who(person.id), order.id, "ATM");
    const cb = callback(payment.id, { amount: 15 });
    await expect(confirmPayment(cb.body, cb.signature)).rejects.toMatchObject({ code: "WRONG_AMOUNT" });
  });

  it("R3: a payment after the deadline day is refused (LATE_PAYMENT); a lapsed order too", async () => {
    const { person, order } = await selectedOrder();
    const payment = await startPayment(who(person.id), order.id, "ATM");
    const late = callback(payment.id, { paidAt: "2020-03-25T16:00:00.000Z" }); // 3/26 00:00 Taipei
    await expect(confirmPayment(late.body, late.signature)).rejects.toMatchObject({ code: "LATE_PAYMENT" });
    const lastMinute = callback(payment.id, { paidAt: "2020-03-25T15:59:00.000Z", gatewayRef: "GW0002" }); // 3/25 23:59 Taipei
    expect((await confirmPayment(lastMinute.body, lastMinute.signature)).replay).toBe(false);
  });

  it("O3: two payments started for one order: only one can succeed", async () => {
    const { person, order } = await selectedOrder();
    const a = await startPayment(who(person.id), order.id, "ATM");
    const b = await startPayment(who(person.id), order.id, "CREDIT_CARD");
    const [ra, rb] = await Promise.allSettled([
      confirmPayment(callback(a.id, { gatewayRef: "GWA0001" }).body, callback(a.id, { gatewayRef: "GWA0001" }).signature),
      confirmPayment(callback(b.id, { gatewayRef: "GWB0001" }).body, callback(b.id, { gatewayRef: "GWB0001" }).signature),
    ]);
    expect([ra.status, rb.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect(await prisma.payment.count({ where: { status: "SUCCEEDED" } })).toBe(1);
  });
});
