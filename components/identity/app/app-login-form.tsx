"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTicketSignIn } from "@/components/auth/use-ticket-sign-in";
import { HelpLine } from "@/components/help-line";
import type { Messages } from "@/lib/i18n/messages";
import type { appTexts } from "@/lib/identity/app-login/texts";
import { alertClass, inputClass, linkClass, postJson, primaryButtonClass, type ApiError } from "./form-styles";

type T = (typeof appTexts)["zh-TW"]["login"];

/** ID number + app password → ticket → session (channel APP); a plain POST without JavaScript. */
export function AppLoginForm({
  t,
  shell,
  next,
  reverify,
  initialError = null,
}: {
  t: T;
  shell: Messages["shell"];
  next: string | null;
  reverify: { phone: string; device: string };
  initialError?: ApiError | null;
}) {
  const signInWithTicket = useTicketSignIn();
  const [error, setError] = useState<ApiError | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const result = await postJson<{ ticket: string }>(
      "/api/app/login",
      { idNumber: String(form.get("idNumber") ?? ""), password: String(form.get("password") ?? "") },
      t.signInFailed,
    );
    if (result.ok && (await signInWithTicket(result.data.ticket, next ?? "/me"))) return;
    setBusy(false);
    setError(result.ok ? { code: "SIGN_IN_FAILED", message: t.signInFailed } : result.error);
  }

  return (
    // Without JavaScript the form posts to /app/login/submit (issue 7 item 7): never GET.
    <form onSubmit={onSubmit} method="post" action="/app/login/submit" className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <label className="block font-semibold">
        {t.idNumber}
        <input name="idNumber" autoComplete="username" autoCapitalize="characters" required maxLength={12} className={inputClass} />
      </label>
      <label className="block font-semibold">
        {t.password}
        <input name="password" type="password" autoComplete="current-password" autoCapitalize="none" required maxLength={128} className={inputClass} />
      </label>
      {error && (
        <div className="space-y-2" data-testid="app-login-refusal">
          <p role="alert" aria-label={error.message} data-code={error.code} className={alertClass}>
            {error.message}
          </p>
          <p>{t.forgot}</p>
          <p className="flex flex-wrap gap-x-4">
            <Link href={reverify.phone} className={linkClass}>{t.reverifyPhone}</Link>
            <Link href={reverify.device} className={linkClass}>{t.reverifyDevice}</Link>
          </p>
          <p className="font-semibold">{t.helpHeading}</p>
          <HelpLine m={shell} />
        </div>
      )}
      <button type="submit" disabled={busy} className={primaryButtonClass}>
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}
