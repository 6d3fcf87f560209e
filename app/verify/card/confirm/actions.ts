"use server";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/get-locale";
import { confirmEmail } from "@/lib/identity/nhi-card/confirm-email";
import { confirmEmailSchema } from "@/lib/identity/nhi-card/schemas";
import { cardTexts } from "@/lib/identity/nhi-card/texts";
import { formField } from "@/lib/http/form";

export type ConfirmState = { ok: boolean; message: string } | null;

/** I3: confirm on a button press (POST), not on opening the link: mail scanners open links too. */
export async function confirmEmailAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const locale = await getLocale();
  const parsed = confirmEmailSchema.safeParse({ token: formField(formData, "token") });
  if (!parsed.success) return { ok: false, message: cardTexts[locale].confirm.missing };
  try {
    await confirmEmail(parsed.data.token);
    return { ok: true, message: cardTexts[locale].confirm.done };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.text[locale] };
    throw e;
  }
}
