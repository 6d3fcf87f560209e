"use client";
import { useState, type FormEvent, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { CardTexts } from "@/lib/identity/nhi-card/texts";
import { cardFormFields, cardFormProblems, flaggedFields, type CardFormMode } from "@/lib/identity/nhi-card/form-check";
import { useTicketSignIn } from "@/components/auth/use-ticket-sign-in";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, fieldErrorId, invalidProps } from "@/components/forms/field-error";
import { callJson } from "./api";
import { proveCard, type CardData } from "./reader-client";
import { ErrorAlert } from "@/components/identity/error-alert";
import { hintClass, inputClass, labelClass, primaryButton } from "./ui";

/** The error summary's title and the screen-reader prefix of a field's message, in the page's language. */
export type SummaryTexts = { title: string; prefix: string };
type Props = { t: CardTexts; help: Messages["shell"]; summary: SummaryTexts; card: CardData; national: boolean; next: string | null; mailbox: boolean };

const fieldId = (name: string) => `card-${name}`;

/**
 * Step 2 with a card in the reader: every submit gets a fresh challenge signed by the card.
 * Problems with what was typed come back by the field (issue 9 item 2) — checked here before the
 * card is asked to sign, and again from the server's 422; refusals (wrong password, expired
 * certificate…) are outcomes, not field errors, and keep their alert with the help line (I10).
 */
export function CardForms({ t, help, summary, card, national, next, mailbox }: Props) {
  const signInWithTicket = useTicketSignIn();
  const [mode, setMode] = useState<CardFormMode>("login");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [done, setDone] = useState<ReactNode>(null);
  const kind = national ? "national" : "resident";
  const messageOf = (f: string) => (mode === "login" && f === "password" ? t.login.missing : t.fields[f as keyof CardTexts["fields"]]);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget; // React clears currentTarget once the handler awaits
    const form = Object.fromEntries(new FormData(formEl)) as Record<string, string>;
    setError(null);
    setDone(null);
    const problems = cardFormProblems(mode, kind, form);
    setFieldErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const proof = await proveCard(card.cardNumber, t.network);
      if (!proof.ok) return setError(proof.error.message);
      const url = { login: "login", register: "register", reset: "reset-password" }[mode];
      const body = mode === "login" ? { password: form.password } : { ...form, kind };
      const r = await callJson<{ ticket?: string; email?: string }>(`/api/verify/card/${url}`, { proof: proof.data, form: body }, t.network);
      if (!r.ok) {
        const flagged = r.error.code === "VALIDATION" ? flaggedFields(r.error.fields, cardFormFields(mode, kind)) : [];
        return flagged.length > 0 ? setFieldErrors(flagged) : setError(r.error.message);
      }
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

  const tab = (m: CardFormMode, label: string) => (
    <button
      type="button"
      aria-pressed={mode === m}
      onClick={() => {
        setMode(m);
        setError(null);
        setFieldErrors([]);
      }}
      className={`min-h-11 flex-1 rounded-md border px-3 font-semibold focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
        mode === m ? "border-blue-700 bg-blue-700 text-white" : "border-slate-500 bg-white text-slate-900 hover:bg-slate-100"
      }`}
    >
      {label}
    </button>
  );

  const errorOf = (name: string) => (fieldErrors.includes(name) ? messageOf(name) : undefined);
  const field = (name: string, label: string, opts: { hint?: string; type?: string; autoComplete?: string } = {}) => (
    <Field key={name} name={name} label={label} {...opts} error={errorOf(name)} prefix={summary.prefix} />
  );
  const r = t.register;
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
        <ErrorSummary title={summary.title} errors={fieldErrors.map((f) => ({ field: fieldId(f), message: messageOf(f) }))} />
        {mode === "login" && field("password", t.login.password, { type: "password", autoComplete: "current-password" })}
        {mode === "register" && (
          <>
            {national
              ? field("householdNumber", r.householdNumber, { hint: r.householdHint, autoComplete: "off" })
              : [
                  field("residentCertIssuedOn", r.certIssuedOn, { type: "date" }),
                  field("residentCertExpiresOn", r.certExpiresOn, { type: "date" }),
                  field("residentCertSerial", r.certSerial, { autoComplete: "off" }),
                ]}
            {field("address", r.address, { autoComplete: "street-address" })}
            {field("phone", r.phone, { type: "tel", autoComplete: "tel" })}
            {field("email", r.email, { type: "email", autoComplete: "email" })}
            {field("password", r.password, { type: "password", hint: r.passwordHint, autoComplete: "new-password" })}
            {field("passwordConfirm", r.passwordConfirm, { type: "password", autoComplete: "new-password" })}
          </>
        )}
        {mode === "reset" && (
          <>
            {national ? field("householdNumber", t.reset.householdNumber, { hint: r.householdHint }) : field("residentCertSerial", t.reset.certSerial)}
            {field("password", t.reset.password, { type: "password", hint: r.passwordHint, autoComplete: "new-password" })}
            {field("passwordConfirm", t.reset.passwordConfirm, { type: "password", autoComplete: "new-password" })}
          </>
        )}
        {error && <ErrorAlert message={error} help={help} helpIntro={t.helpIntro} />}
        <button type="submit" disabled={busy} className={primaryButton}>
          {mode === "login" ? (busy ? t.login.busy : t.login.submit) : mode === "register" ? (busy ? r.busy : r.submit) : busy ? t.reset.busy : t.reset.submit}
        </button>
      </form>
    </section>
  );
}

type FieldProps = { name: string; label: string; hint?: string; type?: string; autoComplete?: string; error?: string; prefix: string };

function Field({ name, label, hint, type = "text", autoComplete, error, prefix }: FieldProps) {
  const id = fieldId(name);
  // The hint sits outside the label (linked by aria-describedby) so the field's name stays short.
  const describedBy = [hint ? `${id}-hint` : null, error ? fieldErrorId(id) : null].filter(Boolean).join(" ") || undefined;
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
      <FieldError id={id} message={error} prefix={prefix} />
      <input id={id} name={name} type={type} autoComplete={autoComplete} maxLength={200} className={inputClass} {...invalidProps(id, error)} aria-describedby={describedBy} />
    </div>
  );
}
