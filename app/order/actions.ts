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
 * Confirm a pre-order from the /order form (works without JavaScript). The idempotency key was
 * minted when the page was rendered, so a double submit or a retried POST lands on the same order.
 */
export async function placeOrderAction(formData: FormData): Promise<void> {
  const who = await forAction(requireCitizen());
  const parsed = form.safeParse(formFields(formData));
  if (!parsed.success) redirect(`/order?error=VALIDATION`);
  let code: string | null = null;
  try {
    await placeOrder(who, parsed.data);
  } catch (e) {
    if (!(e instanceof AppError) && !(e instanceof z.ZodError)) console.error("[order] unexpected", e);
    code = e instanceof AppError ? e.code : "UNKNOWN";
  }
  redirect(code ? `/order?error=${code}` : "/orders?placed=1"); // outside try: redirect() throws by design
}
