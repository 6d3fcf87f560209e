"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { DeviceTexts } from "@/lib/identity/device/texts";
import { callJson } from "@/components/identity/card/api";
import { ErrorAlert } from "@/components/identity/error-alert";
import { inputClass, labelClass, primaryButton } from "@/components/identity/card/ui";

type Props = { t: DeviceTexts["bind"]; help: Messages["shell"]; code: string };

/**
 * Bind this phone with a device code. The session is opened straight away (the ticket lives 2
 * minutes; the person may take longer to write the app password down), then the password is shown.
 */
export function BindDeviceForm({ t, help, code }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [bound, setBound] = useState<{ appPassword: string; signedIn: boolean } | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const typed = String(new FormData(e.currentTarget).get("code") ?? "").replace(/[\s-]/g, "");
    if (!/^\d{8}$/.test(typed)) return setError(t.invalidFormat);
    setBusy(true);
    setError(null);
    const r = await callJson<{ ticket: string; appPassword: string }>("/api/app/device/bind", { code: typed }, t.network);
    if (!r.ok) {
      setBusy(false);
      return setError(r.error.message);
    }
    const signedIn = await signIn("ticket", { ticket: r.data.ticket, redirect: false });
    setBusy(false);
    setBound({ appPassword: r.data.appPassword, signedIn: !!signedIn && !signedIn.error });
  }

  if (bound) {
    return (
      <section className="space-y-4" aria-labelledby="bound-status">
        <p id="bound-status" role="status" className="rounded-md border border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          {t.bound}
        </p>
        <p>{t.passwordIntro}</p>
        <p className="rounded-md border border-slate-400 bg-white p-4 text-center font-mono text-3xl font-bold tracking-widest" aria-label={t.passwordLabel} data-testid="app-password">
          {bound.appPassword}
        </p>
        {!bound.signedIn && <ErrorAlert message={t.signInFailed} help={help} helpIntro={t.helpIntro} />}
        <a href="/me" className={`${primaryButton} inline-flex items-center justify-center`}>{t.continue}</a>
      </section>
    );
  }
  return (
    // No JavaScript: posts to /no-js, never GET (issue 7 item 7): the device code stays out of the URL.
    <form onSubmit={submit} method="post" action="/no-js?from=/app/device" noValidate className="space-y-4">
      <label className={labelClass}>
        {t.code}
        <input
          name="code"
          defaultValue={code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          className={`${inputClass} font-mono text-2xl tracking-widest`}
        />
      </label>
      {error && <ErrorAlert message={error} help={help} helpIntro={t.helpIntro} />}
      <button type="submit" disabled={busy} className={primaryButton}>
        {busy ? t.busy : t.submit}
      </button>
    </form>
  );
}
