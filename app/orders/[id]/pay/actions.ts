"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCitizen } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { startPayment } from "@/lib/payments/start-payment";
import { paymentGateway } from "@/lib/payments/gateway";
import { recordId } from "@/lib/validation/fields";
import { formFields } from "@/lib/http/form";

const form = z.object({ orderId: recordId(), method: z.enum(["ONLINE_BANKING", "CREDIT_CARD", "ATM"]) });

/** Start a payment from the pay page (works without JavaScript). */
export async function startPaymentAction(formData: FormData): Promise<void> {
  const who = await forAction(requireCitizen());
  const parsed = form.safeParse(formFields(formData));
  if (!parsed.success) redirect("/orders");
  const { orderId, method } = parsed.data;
  let target: string;
  try {
    const payment = await startPayment(who, orderId, method);
    target = payment.method === "ATM" ? `/orders/${orderId}/pay?atm=${payment.id}` : paymentGateway().checkoutUrl(payment.id);
  } catch (e) {
    if (!(e instanceof AppError)) console.error("[pay] unexpected", e);
    target = `/orders/${orderId}/pay?error=${e instanceof AppError ? e.code : "UNKNOWN"}`;
  }
  redirect(target);
}
