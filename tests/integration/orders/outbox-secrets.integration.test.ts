import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { startPayment } from "@/lib/payments/start-payment";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { signCallback } from "@/lib/payments/standin-gateway";
import { pickupCodeFor } from "@/lib/payments/pickup-code";
import { deliverNotices } from "@/lib/notices/deliver";
import type { SmsGateway, SmsMessage } from "@/lib/notices/sms-adapter";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";

// Issue 7 item 6, D58: a secret in a notice is filled in when it is sent and its text is not kept.
const prisma = testDb();

function recordingGateway(): SmsGateway & { sent: SmsMessage[] } {
  const sent: SmsMessage[] = [];
  return { sent, async send(m) { sent.push(m); } };
}

/** Every text column of the outbox, as the database holds it (what a backup or a leaked dump shows). */
async function outboxText(): Promise<string> {
  const rows = await prisma.$queryRaw<{ row: string }[]>`SELECT row_to_json(n)::text AS row FROM notices n`;
  return rows.map((r) => r.row).join("\n");
}

describe("issue 7 item 6: secrets in the outbox", () => {
  beforeEach(async () => {
    await resetDatabase();
    setClock(new Date("2020-03-20T03:00:00Z"));
  });
  afterAll(() => setClock(null));

  it("issue 7 item 6: the pickup-code SMS is stored without the code, sent with it, and its body purged after delivery", async () => {
    const person = await upsertPerson(prisma, { ...buildPerson(1), phone: "0912345678" });
    const store = await createStore(prisma, 1);
    const round = await upsertRound(prisma, ROUND_2020);
    const order = await prisma.order.create({
      data: { personId: person.id, roundId: round.id, storeId: store.id, channel: "WEB", status: "SELECTED", paymentCode: "12345678901231", masks: 3, unitPrice: 5, fee: 7, total: 22 },
    });
    const payment = await startPayment({ kind: "citizen", personId: person.id, method: "NHI_CARD", channel: "WEB" }, order.id, "CREDIT_CARD");
    const body = JSON.stringify({ gatewayRef: "GW0001", paymentId: payment.id, amount: 22, paidAt: "2020-03-20T03:00:00.000Z" });
    await confirmPayment(body, signCallback(body));
    const code = pickupCodeFor(order.id);

    const queued = await prisma.notice.findFirstOrThrow({ where: { kind: "PICKUP_CODE" } });
    expect(queued.status).toBe("PENDING");
    expect(await outboxText()).not.toContain(code);

    const gateway = recordingGateway();
    await deliverNotices(gateway);
    expect(gateway.sent).toHaveLength(1);
    expect(gateway.sent[0]!.body).toContain(`取貨碼${code}`);
    expect(gateway.sent[0]!.body).not.toContain("{{");

    const sent = await prisma.notice.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ status: "SENT", body: "" });
    expect(sent.checkCode).toBe(queued.checkCode); // /check still knows the message
    expect(await outboxText()).not.toContain(code);
  });

  it("issue 7 item 6: every delivered SMS loses its text (payment notices too), a pending one keeps it for the retry", async () => {
    const person = await upsertPerson(prisma, buildPerson(2));
    const store = await createStore(prisma, 2);
    const round = await upsertRound(prisma, ROUND_2020);
    const order = await prisma.order.create({ data: { personId: person.id, roundId: round.id, storeId: store.id, channel: "WEB", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
    const { enqueueSms } = await import("@/lib/notices/enqueue");
    await enqueueSms(prisma, [{ kind: "PAYMENT", personId: person.id, orderId: order.id, phone: "0912000002", vars: { amount: 22, paymentCode: "99998888777766", deadline: "2020-03-25" } }]);
    const failing: SmsGateway = { async send() { throw new Error("gateway down"); } };
    await deliverNotices(failing);
    expect((await prisma.notice.findFirstOrThrow()).body).toContain("99998888777766");
    setClock(new Date("2020-03-20T04:00:00Z"));
    await deliverNotices(recordingGateway());
    expect(await prisma.notice.findFirstOrThrow()).toMatchObject({ status: "SENT", body: "" });
  });
});
