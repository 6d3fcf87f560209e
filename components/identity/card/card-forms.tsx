"use client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { CardTexts } from "@/lib/identity/nhi-card/texts";
import { useTicketSignIn } from "@/components/auth/use-ticket-sign-in";
import { callJson } from "./api";
import { proveCard, type CardData } from "./reader-client";
import { ErrorAlert, errorText } from "@/components/identity/error-alert";
import { hintClass, inputClass, labelClass, primaryButton } from "./ui";

type Mode = "login" | "register" | "reset";
type Props = { t: CardTexts; help: Messages["shell"]; card: CardData; national: boolean; next: string | null; mailbox: boolean };

/** Step 2 with a card in the reader: every submit gets a fresh challenge signed by the card. */
export function CardForms({ t, help, card, national, next, mailbox }: Props) {
  const signInWithTicket = useTicketSignIn();
  const [mode, setMode] = useState<Mode>("login");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ReactNode>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget; // React clears currentTarget once the handler awaits
    const form = Object.fromEntries(new FormData(formEl)) as Record<string, string>;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const proof = await proveCard(card.cardNumber, t.network);
      if (!proof.ok) return setError(errorText(proof.error, t.fields));
      const kind = national ? "national" : "resident";
      const url = { login: "login", register: "register", reset: "reset-password" }[mode];
      const body = mode === "login" ? { password: form.password } : { ...form, kind };
      const r = await callJson<{ ticket?: string; email?: string }>(`/api/verify/card/${url}`, { proof: proof.data, form: body }, t.network);
      if (!r.ok) return setError(errorText(r.error, t.fields));
      if (mode === "login") {
        if (!(await signInWithTicket(r.data.ticket!, next ?? "/me"))) setError(t.signInFailed);
        return;
      }
      formEl.reset();
      if (mode === "register") {
        const email = r.data.email ?? "";
        setDone(
          <>
            {t.register.done.replace("{email}", email)}{" "}
            {mailbox && (
              <a className="font-semibold text-blue-700 underline" href={`/dev/mailbox?to=${encodeURIComponent(email)}`}>
                {t.register.openMailbox}
              </a>
            )}
          </>,
        );
      } else {
        setDone(t.reset.done);
        setMode("login");
      }
    } finally {
      setBusy(false);
    }
  }

  const tab = (m: Mode, label: string) => (
    <button
      type="button"
      aria-pressed={mode === m}
      onClick={() => {
        setMode(m);
        setError(null);
      }}
      className={`min-h-11 flex-1 rounded-md border px-3 font-semibold focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
        mode === m ? "border-blue-700 bg-blue-700 text-white" : "border-slate-500 bg-white text-slate-900 hover:bg-slate-100"
      }`}
    >
      {label}
    </button>
  );

  return (
    <section aria-labelledby="actions-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="actions-heading" className="text-lg font-bold">{t.actions.heading}</h2>
      <div className="flex flex-col gap-2 sm:flex-row">
        {tab("login", t.actions.login)}
        {tab("register", t.actions.register)}
        {tab("reset", t.actions.reset)}
      </div>
      {done && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {done}
        </p>
      )}
      {/* No JavaScript: posts to /no-js, never GET (issue 7 item 7) — the card reader needs the script. */}
      <form onSubmit={submit} method="post" action="/no-js?from=/verify/card" noValidate className="space-y-4" key={mode}>
        {mode === "login" && <Field name="password" type="password" label={t.login.password} autoComplete="current-password" />}
        {mode === "register" && <RegisterFields t={t} national={national} />}
        {mode === "reset" && (
          <>
            {national ? (
              <Field name="householdNumber" label={t.reset.householdNumber} hint={t.register.householdHint} />
            ) : (
              <Field name="residentCertSerial" label={t.reset.certSerial} />
            )}
            <Field name="password" type="password" label={t.reset.password} hint={t.register.passwordHint} autoComplete="new-password" />
            <Field name="passwordConfirm" type="password" label={t.reset.passwordConfirm} autoComplete="new-password" />
          </>
        )}
        {error && <ErrorAlert message={error} help={help} helpIntro={t.helpIntro} />}
        <button type="submit" disabled={busy} className={primaryButton}>
          {mode === "login" ? (busy ? t.login.busy : t.login.submit) : mode === "register" ? (busy ? t.register.busy : t.register.submit) : busy ? t.reset.busy : t.reset.submit}
        </button>
      </form>
    </section>
  );
}

function RegisterFields({ t, national }: { t: CardTexts; national: boolean }) {
  const r = t.register;
  return (
    <>
      {national ? (
        <Field name="householdNumber" label={r.householdNumber} hint={r.householdHint} autoComplete="off" />
      ) : (
        <>
          <Field name="residentCertIssuedOn" type="date" label={r.certIssuedOn} />
          <Field name="residentCertExpiresOn" type="date" label={r.certExpiresOn} />
          <Field name="residentCertSerial" label={r.certSerial} autoComplete="off" />
        </>
      )}
      <Field name="address" label={r.address} autoComplete="street-address" />
      <Field name="phone" type="tel" label={r.phone} autoComplete="tel" />
      <Field name="email" type="email" label={r.email} autoComplete="email" />
      <Field name="password" type="password" label={r.password} hint={r.passwordHint} autoComplete="new-password" />
      <Field name="passwordConfirm" type="password" label={r.passwordConfirm} autoComplete="new-password" />
    </>
  );
}

function Field({ name, label, hint, type = "text", autoComplete }: { name: string; label: string; hint?: string; type?: string; autoComplete?: string }) {
  const id = useId();
  // The hint sits outside the label (linked by aria-describedby) so the field's name stays short.
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className={hintClass}>
          {hint}
        </span>
      )}
      <input id={id} name={name} type={type} autoComplete={autoComplete} maxLength={200} aria-describedby={hint ? `${id}-hint` : undefined} className={inputClass} />
    </div>
  );
}
