"use server";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { handOverInput } from "@/lib/pickups/schemas";
import { handOver } from "@/lib/pickups/hand-over";
import { formFields } from "@/lib/http/form";

/** The clerk's form (works without JavaScript): the outcome comes back in the URL. */
export async function handOverAction(formData: FormData): Promise<void> {
  const clerk = await forAction(requireStaff("CLERK"));
  const parsed = handOverInput.safeParse(formFields(formData));
  if (!parsed.success) redirect("/staff/pickup?error=VALIDATION");
  let target: string;
  try {
    const done = await handOver(clerk, parsed.data);
    target = `/staff/pickup?done=${done.orderId.slice(-6)}`;
  } catch (e) {
    if (!(e instanceof AppError)) console.error("[pickup] unexpected", e);
    const from = e instanceof AppError && typeof e.details?.from === "string" ? `&from=${e.details.from}` : "";
    target = `/staff/pickup?error=${e instanceof AppError ? e.code : "UNKNOWN"}${from}`;
  }
  redirect(target);
}
