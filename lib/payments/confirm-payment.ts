import { z } from "zod";
import { db } from "@/lib/db/client";
import { DRAW_DECISION, orderStatus } from "@/lib/orders/order-state";
import { dayFromDb } from "@/lib/db/days";
import { compareDays, dayInTaipei } from "@/lib/rules";
import { enqueueSms } from "@/lib/notices/enqueue";
import { callbackSignatureValid } from "./gateway";
import { PICKUP_CODE_PLACEHOLDER } from "@/lib/notices/secrets";
import { pickupCodeDigest, pickupCodeFor } from "./pickup-code";
import { paymentErrors } from "./errors";
import { text, recordId } from "@/lib/validation/fields";

const callbackBody = z.object({
  gatewayRef: text().regex(/^[A-Z0-9]{6,64}$/),
  paymentId: recordId(),
  amount: z.number().int().positive(),
  paidAt: z.iso.datetime({ offset: true }),
});

export type Confirmation = { orderId: string; replay: boolean };

/**
 * R3, O4: the gateway's signed callback. Verifies the signature over the raw body, the amount
 * (the order's total, 22) and the deadline (paid on or before the deadline day, order not lapsed),
 * then in one transaction marks the payment and the order paid and queues the pickup-code SMS.
 * Idempotent: a replayed callback (same gatewayRef) answers as the first did and changes nothing.
 */
export async function confirmPayment(rawBody: string, signature: string | null): Promise<Confirmation> {
  if (!callbackSignatureValid(rawBody, signature)) throw paymentErrors.badSignature();
  const body = callbackBody.parse(JSON.parse(rawBody));
  return db().$transaction(async (tx) => {
    // Lock the order (and this payment): two callbacks for two payments of one order run one at a time.
    await tx.$queryRaw`SELECT o.id FROM orders o JOIN payments p ON p.order_id = o.id WHERE p.id = ${body.paymentId}::uuid FOR UPDATE OF o, p`;
    const payment = await tx.payment.findUnique({
      where: { id: body.paymentId },
      include: { order: { include: { ...DRAW_DECISION, round: { select: { paymentDeadline: true, pickupStart: true, pickupEnd: true } }, store: { select: { name: true } }, person: { select: { phone: true } } } } },
    });
    if (!payment) throw paymentErrors.unknownPayment();
    if (payment.status === "SUCCEEDED" && payment.gatewayRef === body.gatewayRef) return { orderId: payment.orderId, replay: true };
    const { order } = payment;
    if (body.amount !== payment.amount || payment.amount !== order.total) throw paymentErrors.wrongAmount(order.total);
    const deadline = dayFromDb(order.round.paymentDeadline);
    const status = orderStatus(order.status, order.drawEntry);
    if (status !== "SELECTED" || compareDays(dayInTaipei(new Date(body.paidAt)), deadline) > 0) {
      if (status === "PAID") throw paymentErrors.notPayable();
      throw paymentErrors.latePayment(deadline);
    }
    const paidAt = new Date(body.paidAt);
    await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED", paidAt, gatewayRef: body.gatewayRef } });
    const code = pickupCodeFor(order.id);
    await tx.order.update({ where: { id: order.id }, data: { status: "PAID", pickupCodeHash: pickupCodeDigest(code) } });
    await tx.orderStatusEvent.create({ data: { orderId: order.id, fromStatus: "SELECTED", toStatus: "PAID", actor: "gateway", reason: payment.method } });
    if (order.person.phone) {
      await enqueueSms(tx, [{
        kind: "PICKUP_CODE", personId: order.personId, orderId: order.id, phone: order.person.phone,
        vars: { store: order.store.name, pickupStart: dayFromDb(order.round.pickupStart), pickupEnd: dayFromDb(order.round.pickupEnd), pickupCode: PICKUP_CODE_PLACEHOLDER },
      }]);
    }
    return { orderId: order.id, replay: false };
  });
}
