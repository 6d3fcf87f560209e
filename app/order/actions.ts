"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCitizen } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { placeOrder } from "@/lib/orders/place-order";
import { idempotencyKey, placeOrderBody } from "@/lib/orders/schemas";
import { formFields } from "@/lib/http/form";

const form = placeOrderBody.extend({ idempotencyKey });

/**
 * Place the pre-order from "check your answers" (/order/check; works without JavaScript). The
 * idempotency key was minted when that page was rendered, so a double submit or a retried POST
 * lands on the same order. Success → the confirmation page with the order's reference (issue 9 item 4).
 */
export async function placeOrderAction(formData: FormData): Promise<void> {
  const who = await forAction(requireCitizen());
  const parsed = form.safeParse(formFields(formData));
  if (!parsed.success) redirect(`/order?error=NO_STORE`);
  let code: string | null = null;
  let orderId: string | null = null;
  try {
    orderId = (await placeOrder(who, parsed.data)).order.id;
  } catch (e) {
    if (!(e instanceof AppError) && !(e instanceof z.ZodError)) console.error("[order] unexpected", e);
    code = e instanceof AppError ? e.code : "UNKNOWN";
  }
  redirect(code || !orderId ? `/order?error=${code ?? "UNKNOWN"}` : `/orders/${orderId}/confirmation`); // outside try: redirect() throws by design
}
