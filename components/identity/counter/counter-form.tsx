"use client";
import { useState, type FormEvent } from "react";
import type { counterTexts } from "@/lib/identity/counter/texts";
import { DOCUMENTS } from "@/lib/identity/counter/documents";
import { alertClass, inputClass, postJson, primaryButtonClass, secondaryButtonClass, type ApiError } from "@/components/identity/app/form-styles";

type T = (typeof counterTexts)["zh-TW"];
type Done = { appPassword: string; personName: string; phoneNumber: string };

/** I7: the staff record which documents they saw, who the person is, and the phone to bind. */
export function CounterForm({ t }: { t: T }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const result = await postJson<Done>(
      "/api/staff/counter",
      {
        idNumber: String(form.get("idNumber") ?? ""),
        cardNumber: String(form.get("cardNumber") ?? ""),
        phoneNumber: String(form.get("phoneNumber") ?? ""),
        documents: Object.fromEntries(DOCUMENTS.map((d) => [d, form.get(d) === "on"])),
      },
      t.fallbackError,
    );
    setBusy(false);
    if (result.ok) setDone(result.data);
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

  return (
    // No JavaScript: posts to /no-js, never GET (issue 7 item 7): the ID and card number stay out of the URL.
    <form onSubmit={onSubmit} method="post" action="/no-js?from=/staff/counter" className="space-y-4" noValidate>
      <fieldset className="space-y-1 rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 font-semibold">{t.documentsLegend}</legend>
        {DOCUMENTS.map((d) => (
          <label key={d} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={d} className="size-5 accent-blue-700" />
            {t.documents[d]}
          </label>
        ))}
      </fieldset>
      <label className="block font-semibold">
        {t.idNumber}
        <input name="idNumber" autoComplete="off" autoCapitalize="characters" maxLength={12} required className={inputClass} />
      </label>
      <label className="block font-semibold">
        {t.cardNumber}
        <input name="cardNumber" inputMode="numeric" autoComplete="off" maxLength={12} required className={inputClass} />
      </label>
      <label className="block font-semibold">
        {t.phoneNumber}
        <input name="phoneNumber" type="tel" inputMode="tel" autoComplete="off" maxLength={14} required aria-describedby="counter-phone-hint" className={inputClass} />
        <span id="counter-phone-hint" className="mt-1 block text-sm font-normal text-slate-700">{t.phoneHint}</span>
      </label>
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
