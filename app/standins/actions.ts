"use server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import { standinPay } from "@/lib/payments/standin-pay";
import { typed, recordId } from "@/lib/validation/fields";
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

const atmAccount = typed().transform((s) => s.replace(/[\s-]/g, "")).pipe(z.string().regex(/^\d{10,20}$/));
const atmAmount = typed().transform((s) => s.replace(/,/g, "")).pipe(z.string().regex(/^\d{1,6}$/)).transform(Number).pipe(z.number().int().positive().max(100000));

/**
 * The ATM form: each field checked on its own, so the page can say which one is wrong (issue 9
 * item 8); what was typed goes back in the query (capped) so the person corrects it, not retypes it.
 */
export async function atmTransferAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const account = atmAccount.safeParse(fields.account ?? "");
  const amount = atmAmount.safeParse(fields.amount ?? "");
  const back = (error: string) =>
    `/standins/atm?${new URLSearchParams({ account: (fields.account ?? "").slice(0, 40), amount: (fields.amount ?? "").slice(0, 20), error })}`;
  if (!account.success) redirect(back("ACCOUNT_FORMAT"));
  if (!amount.success) redirect(back("AMOUNT_FORMAT"));
  const result = await standinPay(await origin(), { virtualAccount: account.data }, amount.data);
  redirect(result.ok ? `/standins/atm?done=1` : back(result.code));
}
