import { db } from "@/lib/db/client";
import { DRAW_DECISION, orderStatus } from "@/lib/orders/order-state";
import type { CitizenPrincipal } from "@/lib/auth/session";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { paymentErrors } from "./errors";
import { paymentGateway } from "./gateway";

/**
 * R3: start paying one order (each order is paid separately, O3). App-channel orders may pay by
 * ATM transfer only. ATM payments get the order's virtual account: the bank's code + the payment
 * code from the notice. Starting again with the same method returns the pending payment.
 */
export async function startPayment(who: CitizenPrincipal, orderId: string, method: PaymentMethod) {
  const order = await db().order.findFirst({
    where: { id: orderId, personId: who.personId }, // scoped by owner: another person's order is "not found"
    select: { id: true, status: true, channel: true, total: true, paymentCode: true, ...DRAW_DECISION },
  });
  if (!order) throw paymentErrors.orderNotFound();
  if (orderStatus(order.status, order.drawEntry) !== "SELECTED" || !order.paymentCode) throw paymentErrors.notPayable();
  if (order.channel === "APP" && method !== "ATM") throw paymentErrors.methodNotAllowed();
  const existing = await db().payment.findFirst({ where: { orderId, method, status: "PENDING" } });
  if (existing) return existing;
  return db().payment.create({
    data: {
      orderId,
      method,
      amount: order.total,
      virtualAccount: method === "ATM" ? `${paymentGateway().bankCode}${order.paymentCode}` : null,
    },
  });
}
