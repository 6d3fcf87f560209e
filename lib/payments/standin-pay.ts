import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { newGatewayRef, signCallback } from "./standin-gateway";

/**
 * The stand-in gateway's side of a payment: the money "arrives" and the gateway sends its signed
 * callback over HTTP to our callback endpoint, exactly as a real gateway would. `amount` is what
 * the payer actually paid (the ATM lets the demo type a wrong one).
 */
export async function standinPay(origin: string, lookup: { paymentId: string } | { virtualAccount: string }, amount?: number) {
  const payment = await db().payment.findFirst({
    where: "paymentId" in lookup ? { id: lookup.paymentId } : { virtualAccount: lookup.virtualAccount, status: "PENDING" },
    select: { id: true, amount: true },
  });
  if (!payment) return { ok: false as const, code: "UNKNOWN_PAYMENT" };
  const body = JSON.stringify({ gatewayRef: newGatewayRef(), paymentId: payment.id, amount: amount ?? payment.amount, paidAt: now().toISOString() });
  const res = await fetch(`${origin}/api/payments/callback`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-gateway-signature": signCallback(body) },
    body,
  });
  const answer = (await res.json()) as { ok?: boolean; orderId?: string; error?: { code: string; message: string } };
  return res.ok ? { ok: true as const, orderId: answer.orderId! } : { ok: false as const, code: answer.error?.code ?? "UNKNOWN", message: answer.error?.message };
}
