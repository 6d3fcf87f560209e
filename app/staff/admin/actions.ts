"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { setClock } from "@/lib/clock";
import { tick } from "@/lib/jobs/worker";
import { text } from "@/lib/validation/fields";
import { formFields } from "@/lib/http/form";

/** Admin: run the due round transitions and the SMS outbox now (audited). */
export async function runJobsAction(): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const result = await tick();
  await audit(db(), { actorStaffId: admin.staffId, actorKind: "staff", action: "jobs.run", details: result ?? { skipped: "already running" } });
  redirect(`/staff/admin?ran=${result?.transitions ?? 0}-${result?.sent ?? 0}`);
}

const clockForm = z.object({ to: text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).or(z.literal("")) });

/** Admin, local use only: move the demo clock (Taipei wall time), or back to real time when empty. */
export async function setClockAction(formData: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  if (!env().local) redirect("/staff/admin?error=CLOCK_LOCKED");
  const parsed = clockForm.safeParse(formFields(formData));
  if (!parsed.success) redirect("/staff/admin?error=VALIDATION");
  const to = parsed.data.to ? new Date(`${parsed.data.to}:00+08:00`) : null;
  setClock(to);
  await audit(db(), { actorStaffId: admin.staffId, actorKind: "staff", action: "clock.set", details: { to: to?.toISOString() ?? "real time" } });
  redirect("/staff/admin?moved=1");
}
