"use client";
import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { CardTexts } from "@/lib/identity/nhi-card/texts";
import { ErrorAlert } from "@/components/identity/error-alert";
import { primaryButton } from "./ui";

type ConfirmState = { ok: boolean; message: string } | null;
type Props = { t: CardTexts; help: Messages["shell"]; token: string; confirm: (prev: ConfirmState, data: FormData) => Promise<ConfirmState> };

/** The page passes its server action in (components do not import from app/). */
export function ConfirmEmailForm({ t, help, token, confirm }: Props) {
  const [state, action, pending] = useActionState(confirm, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{state.message}</p>
        <a href="/verify/card" className={`${primaryButton} inline-flex items-center justify-center`}>{t.confirm.goLogin}</a>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <p>{t.confirm.lead}</p>
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && <ErrorAlert message={state.message} help={help} helpIntro={t.helpIntro} />}
      {!token && <ErrorAlert message={t.confirm.missing} help={help} helpIntro={t.helpIntro} />}
      <button type="submit" disabled={pending || !token} className={primaryButton}>{t.confirm.submit}</button>
    </form>
  );
}
