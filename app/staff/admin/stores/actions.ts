"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { formFields, formFileText } from "@/lib/http/form";
import { getLocale } from "@/lib/i18n/get-locale";
import { importStores } from "@/lib/stores/import-stores";
import { setStoreSupply, spreadChainSupply } from "@/lib/stores/supply";
import { chainSupplyInput, storeSupplyInput } from "@/lib/stores/supply-schemas";
import { storeConsoleTexts } from "@/lib/stores/console-texts";
import type { ActionState } from "@/components/admin/action-form";

const MAX_CSV_BYTES = 4 * 1024 * 1024;

async function texts() {
  return storeConsoleTexts[await getLocale()];
}

/** A domain refusal as the form's state; anything else is a bug and goes on to the error page. */
async function refusal(e: unknown): Promise<ActionState> {
  if (!(e instanceof AppError)) throw e;
  const t = await texts();
  return { ok: false, message: t.errors[e.code] ?? e.text.en, problems: [] };
}

/** Issue 10 item 2: import stores from a CSV file — all or nothing, errors by line. */
export async function importStoresAction(_prev: ActionState, data: FormData): Promise<ActionState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const t = await texts();
  const file = await formFileText(data, "csv", MAX_CSV_BYTES);
  if (!file.ok) return { ok: false, message: file.reason === "TOO_BIG" ? t.import.tooBig : t.import.noFile, problems: [] };
  const result = await importStores(admin, file.text);
  if (!result.ok) {
    return {
      ok: false,
      message: t.import.refused(result.errors.length),
      problems: result.errors.map((e) => ({ field: "csv", message: t.import.line(e.line, e.column, t.import.codes[e.code]) })),
    };
  }
  revalidatePath("/staff/admin/stores");
  return { ok: true, message: t.import.done(result.created, result.updated) };
}

/** Issue 10 item 2: one store's supply for a round (until ordering closes). */
export async function setSupplyAction(_prev: ActionState, data: FormData): Promise<ActionState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const t = await texts();
  const parsed = storeSupplyInput.safeParse(formFields(data));
  if (!parsed.success) return { ok: false, message: t.errors.VALIDATION!, problems: parsed.error.issues.map((i) => ({ field: `supply-${String(i.path[0])}`, message: t.errors.VALIDATION! })).slice(0, 1) };
  try {
    await setStoreSupply(admin, parsed.data);
  } catch (e) {
    return refusal(e);
  }
  revalidatePath("/staff/admin/stores");
  return { ok: true, message: t.supply.done };
}

/** Issue 10 item 2: a chain's allocation spread over its active stores (one set-based statement). */
export async function spreadSupplyAction(_prev: ActionState, data: FormData): Promise<ActionState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const t = await texts();
  const parsed = chainSupplyInput.safeParse(formFields(data));
  if (!parsed.success) return { ok: false, message: t.errors.VALIDATION!, problems: [] };
  try {
    const { stores } = await spreadChainSupply(admin, parsed.data);
    revalidatePath("/staff/admin/stores");
    return { ok: true, message: t.spread.done(stores) };
  } catch (e) {
    return refusal(e);
  }
}
