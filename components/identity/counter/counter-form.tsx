"use client";
import { useState, type FormEvent, type InputHTMLAttributes } from "react";
import type { counterTexts } from "@/lib/identity/counter/texts";
import { DOCUMENTS } from "@/lib/identity/counter/documents";
import { MOBILE_NUMBER } from "@/lib/identity/phone/msisdn";
import { idNumberProblem, type IdProblem } from "@/lib/validation/id-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, fieldErrorId, invalidProps } from "@/components/forms/field-error";
import { alertClass, inputClass, postJson, primaryButtonClass, secondaryButtonClass, type ApiError } from "@/components/identity/app/form-styles";

type T = (typeof counterTexts)["zh-TW"];
type Done = { appPassword: string; personName: string; phoneNumber: string };
type Field = "idNumber" | "cardNumber" | "phoneNumber";
type SummaryTexts = { title: string; prefix: string; id: Record<IdProblem, string> };

const FIELDS: Field[] = ["idNumber", "cardNumber", "phoneNumber"];
const fieldId = (f: Field) => `counter-${f}`;
/** What many Taiwanese keyboards type (full-width) and how people group digits, folded away (issue 9 item 3). */
const digits = (v: string) => v.normalize("NFKC").replace(/[\s()-]/g, "");

/**
 * I7: the staff record which documents they saw, who the person is, and the phone to bind. What was
 * typed is checked here first — the ID number before anything else — and problems come back by the
 * field (issue 9 item 2), also from the server's 422; refusals (documents not seen, no such person)
 * stay an alert.
 */
export function CounterForm({ t, summary }: { t: T; summary: SummaryTexts }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const messages: Record<Field, (v: string) => string | null> = {
    idNumber: (v) => {
      const p = idNumberProblem(v);
      return p ? summary.id[p] : null;
    },
    cardNumber: (v) => (/^\d{12}$/.test(digits(v)) ? null : t.cardInvalid),
    phoneNumber: (v) => (MOBILE_NUMBER.test(digits(v)) ? null : t.phoneInvalid),
  };

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (f: Field) => String(form.get(f) ?? "");
    const found = Object.fromEntries(FIELDS.flatMap((f) => (messages[f](value(f)) ? [[f, messages[f](value(f))!]] : [])));
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await postJson<Done>(
      "/api/staff/counter",
      {
        idNumber: value("idNumber"),
        cardNumber: value("cardNumber"),
        phoneNumber: value("phoneNumber"),
        documents: Object.fromEntries(DOCUMENTS.map((d) => [d, form.get(d) === "on"])),
      },
      t.fallbackError,
    );
    setBusy(false);
    if (result.ok) return setDone(result.data);
    const flagged = FIELDS.filter((f) => result.error.code === "VALIDATION" && result.error.fields?.[f]);
    if (flagged.length > 0) setProblems(Object.fromEntries(flagged.map((f) => [f, messages[f]("") ?? t.fallbackError])));
    else setError(result.error);
  }

  if (done) {
    return (
      <section aria-labelledby="counter-done-heading" className="space-y-3 rounded-lg border-2 border-green-800 bg-white p-4">
        <h2 id="counter-done-heading" className="text-xl font-bold text-green-800">{t.doneHeading}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t.donePerson}</dt>
          <dd>{done.personName}</dd>
          <dt className="font-semibold">{t.donePhone}</dt>
          <dd>{done.phoneNumber}</dd>
        </dl>
        <p className="font-semibold">{t.passwordLabel}</p>
        <p data-testid="app-password" className="rounded-md border-2 border-slate-800 bg-slate-50 p-3 text-center font-mono text-2xl tracking-widest">
          {done.appPassword}
        </p>
        <p className="text-slate-700">{t.passwordHandOver}</p>
        <button type="button" onClick={() => setDone(null)} className={secondaryButtonClass}>
          {t.another}
        </button>
      </section>
    );
  }

  const input = (f: Field, label: string, props: InputHTMLAttributes<HTMLInputElement>, hint?: { id: string; text: string }) => (
    <div>
      <label htmlFor={fieldId(f)} className="block font-semibold">{label}</label>
      {hint && <span id={hint.id} className="mt-1 block text-sm font-normal text-slate-700">{hint.text}</span>}
      <FieldError id={fieldId(f)} message={problems[f]} prefix={summary.prefix} />
      <input
        id={fieldId(f)}
        name={f}
        autoComplete="off"
        {...props}
        className={`${inputClass} aria-invalid:border-4 aria-invalid:border-red-700`}
        {...invalidProps(fieldId(f), problems[f])}
        aria-describedby={[hint?.id, problems[f] ? fieldErrorId(fieldId(f)) : null].filter(Boolean).join(" ") || undefined}
      />
    </div>
  );

  return (
    // No JavaScript: posts to /no-js, never GET (issue 7 item 7): the ID and card number stay out of the URL.
    <form onSubmit={onSubmit} method="post" action="/no-js?from=/staff/counter" className="space-y-4" noValidate>
      <ErrorSummary title={summary.title} errors={FIELDS.flatMap((f) => (problems[f] ? [{ field: fieldId(f), message: problems[f] }] : []))} />
      <fieldset className="space-y-1 rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t.documentsLegend}</legend>
        {DOCUMENTS.map((d) => (
          <label key={d} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={d} className="size-5 accent-blue-700" />
            {t.documents[d]}
          </label>
        ))}
      </fieldset>
      {input("idNumber", t.idNumber, { autoCapitalize: "characters", maxLength: 20 })}
      {input("cardNumber", t.cardNumber, { inputMode: "numeric", maxLength: 20 })}
      {input("phoneNumber", t.phoneNumber, { type: "tel", inputMode: "tel", maxLength: 20 }, { id: "counter-phone-hint", text: t.phoneHint })}
      {error && (
        <p role="alert" aria-label={error.message} data-code={error.code} className={alertClass}>
          {error.message}
        </p>
      )}
      <button type="submit" disabled={busy} className={primaryButtonClass}>
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}
