"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { DeviceTexts } from "@/lib/identity/device/texts";
import { callJson } from "@/components/identity/card/api";
import { ErrorAlert } from "@/components/identity/error-alert";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, invalidProps } from "@/components/forms/field-error";
import { inputClass, labelClass, primaryButton } from "@/components/identity/card/ui";

type Props = { t: DeviceTexts["bind"]; help: Messages["shell"]; summary: { title: string; prefix: string }; code: string };

/**
 * Bind this phone with a device code. The session is opened straight away (the ticket lives 2
 * minutes; the person may take longer to write the app password down), then the password is shown.
 * A mistyped code is named by the field before anything is sent (issue 9 item 2); refusals (used,
 * expired, wrong) keep their alert with the help line.
 */
export function BindDeviceForm({ t, help, summary, code }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codeProblem, setCodeProblem] = useState<string | null>(null);
  const [bound, setBound] = useState<{ appPassword: string; signedIn: boolean } | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Full-width digits are what many Taiwanese keyboards type (issue 9 item 3).
    const typed = String(new FormData(e.currentTarget).get("code") ?? "").normalize("NFKC").replace(/[\s-]/g, "");
    setError(null);
    setCodeProblem(/^\d{8}$/.test(typed) ? null : t.invalidFormat);
    if (!/^\d{8}$/.test(typed)) return;
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
      <ErrorSummary title={summary.title} errors={codeProblem ? [{ field: "device-code-input", message: codeProblem }] : []} />
      <label htmlFor="device-code-input" className={labelClass}>
        {t.code}
      </label>
      <FieldError id="device-code-input" message={codeProblem} prefix={summary.prefix} />
      <input
        id="device-code-input"
        {...invalidProps("device-code-input", codeProblem)}
        name="code"
        defaultValue={code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        className={`${inputClass} font-mono text-2xl tracking-widest`}
      />
      {error && <ErrorAlert message={error} help={help} helpIntro={t.helpIntro} />}
      <button type="submit" disabled={busy} className={primaryButton}>
        {busy ? t.busy : t.submit}
      </button>
    </form>
  );
}
