"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { formFields } from "@/lib/http/form";
import { AppError } from "@/lib/errors";
import { recordId } from "@/lib/validation/fields";
import { beginDraw, finishDraw, publishNotices, retryFailed, runDueSteps } from "@/lib/console/draw-console";

/**
 * Issue 10 item 4: the draw page's actions. Each needs the admin role, a ticked confirmation
 * (a plain checkbox: it works without JavaScript), and is audited by the domain call.
 */
const roundForm = z.object({ round: recordId(), confirm: z.literal("yes") });
const retryForm = z.object({ round: recordId(), notice: recordId().optional(), confirm: z.literal("yes") });

function back(round: string | undefined, q: string): never {
  redirect(`/staff/admin/draw?${round ? `round=${round}&` : ""}${q}`);
}

function parse<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const fields = formFields(data);
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const round = recordId().safeParse(fields.round);
    back(round.success ? round.data : undefined, fields.confirm === "yes" ? "error=VALIDATION" : "error=CONFIRM");
  }
  return parsed.data;
}

/** Map the domain's refusals to the page's message; anything else is a real failure. */
async function attempt(round: string, work: () => Promise<string>): Promise<never> {
  let q: string;
  try {
    q = await work();
  } catch (e) {
    if (e instanceof AppError && e.status < 500) back(round, `error=${e.code}`);
    throw e;
  }
  back(round, q);
}

/** Run and publish the draw: planned now, drawn in the background (the page shows the batches' progress). */
export async function runDrawAction(formData: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const { round } = parse(roundForm, formData);
  await attempt(round, async () => {
    const started = await beginDraw(round, admin.staffId);
    if (started === "drawn") return "done=started"; // the results day had come: the due job drew it just now
    // Not awaited: a national draw takes many seconds. Batches are resumable; the job finishes them otherwise.
    void finishDraw(started.round, started.at, admin.staffId).catch((e) => console.error("[console] draw failed", e));
    return "done=started";
  });
}

export async function publishNoticesAction(formData: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const { round } = parse(roundForm, formData);
  await attempt(round, async () => {
    await publishNotices(round, admin.staffId);
    return "done=published";
  });
}

export async function runDueStepsAction(formData: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const { round } = parse(roundForm, formData);
  await attempt(round, async () => {
    await runDueSteps(round, admin.staffId);
    return "done=ran";
  });
}

export async function retryNoticesAction(formData: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const { round, notice } = parse(retryForm, formData);
  await attempt(round, async () => {
    await retryFailed(admin.staffId, notice);
    return "done=retried";
  });
}
