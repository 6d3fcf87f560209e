"use server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import { standinPay } from "@/lib/payments/standin-pay";
import { text, recordId } from "@/lib/validation/fields";
import { formFields, formField } from "@/lib/http/form";

/** The stand-in gateway pages' actions (demo only: 404 in a real deployment). */
async function origin(): Promise<string> {
  if (!env().local) notFound();
  const h = await headers();
  return `http://${h.get("host")}`;
}

export async function gatewayPayAction(formData: FormData): Promise<void> {
  const parsed = recordId().safeParse(formField(formData, "paymentId"));
  if (!parsed.success) notFound(); // a bad id is no payment of ours (never a 500)
  const paymentId = parsed.data;
  const result = await standinPay(await origin(), { paymentId });
  redirect(result.ok ? `/orders?paid=1` : `/standins/gateway/${paymentId}?error=${result.code}`);
}

export async function atmTransferAction(formData: FormData): Promise<void> {
  const parsed = z.object({ account: text().regex(/^\d{10,20}$/), amount: z.coerce.number().int().positive().max(100000) }).safeParse(formFields(formData));
  if (!parsed.success) redirect(`/standins/atm?error=VALIDATION`);
  const result = await standinPay(await origin(), { virtualAccount: parsed.data.account }, parsed.data.amount);
  redirect(result.ok ? `/standins/atm?done=1` : `/standins/atm?account=${parsed.data.account}&error=${result.code}`);
}
