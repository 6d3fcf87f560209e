"use server";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { formFields } from "@/lib/http/form";
import { getLocale } from "@/lib/i18n/get-locale";
import { parseRoundForm, roundIdInput } from "@/lib/rounds/round-schemas";
import { ROUND_FIELDS, type RoundErrors, type RoundField } from "@/lib/rounds/round-rules";
import { createRound, updateRound } from "@/lib/rounds/save-round";
import { roundConsoleTexts } from "@/lib/rounds/console-texts";

/** What the round form shows after a refused save: the values as typed and a message per field. */
export type RoundFormState = { values: Record<string, string>; errors: { field: string; message: string }[]; message?: string } | null;

async function refused(values: Record<string, string>, errors: RoundErrors): Promise<RoundFormState> {
  const t = roundConsoleTexts[await getLocale()];
  const list = ROUND_FIELDS.filter((f) => errors[f]).map((f) => {
    const e = errors[f]!;
    return { field: f, message: t.error(e.code, t.fields[f], e.other ? t.fields[e.other as RoundField] : "") };
  });
  return { values, errors: list };
}

async function failed(values: Record<string, string>, e: unknown): Promise<RoundFormState> {
  if (!(e instanceof AppError)) throw e;
  const t = roundConsoleTexts[await getLocale()];
  return { values, errors: [], message: t.errors[e.code] ?? e.text.en };
}

const formValues = (data: FormData) => {
  const all = formFields(data);
  return Object.fromEntries(ROUND_FIELDS.map((f) => [f, (all[f] ?? "").slice(0, 200)]));
};

/** Issue 10 item 1: a new round (admins only; audited in lib/rounds/save-round.ts). */
export async function createRoundAction(_prev: RoundFormState, data: FormData): Promise<RoundFormState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const values = formValues(data);
  const parsed = parseRoundForm(values);
  if (!parsed.ok) return refused(values, parsed.errors);
  let roundId: string;
  try {
    const saved = await createRound(admin, parsed.draft, now());
    if (!saved.ok) return refused(values, saved.errors);
    roundId = saved.roundId;
  } catch (e) {
    return failed(values, e);
  }
  redirect(`/staff/admin/rounds/${roundId}?saved=1`);
}

/** Issue 10 item 1: edit a round; once ordering opened only its name may change. */
export async function updateRoundAction(_prev: RoundFormState, data: FormData): Promise<RoundFormState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const values = formValues(data);
  const id = roundIdInput.safeParse(formFields(data));
  if (!id.success) return failed(values, new AppError("ROUND_NOT_FOUND", "NOT_FOUND", { "zh-TW": "查無此輪次。", en: "No such round." }));
  const parsed = parseRoundForm(values);
  if (!parsed.ok) return refused(values, parsed.errors);
  try {
    const saved = await updateRound(admin, id.data.roundId, parsed.draft, now());
    if (!saved.ok) return refused(values, saved.errors);
  } catch (e) {
    return failed(values, e);
  }
  redirect(`/staff/admin/rounds/${id.data.roundId}?saved=1`);
}
