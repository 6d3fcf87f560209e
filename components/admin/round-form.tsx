"use client";
import { useActionState } from "react";
import type { RoundFormState } from "@/app/staff/admin/rounds/actions";
import type { RoundFormTexts } from "@/lib/rounds/console-texts";
import type { RoundField } from "@/lib/rounds/round-rules";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";

type Props = {
  t: RoundFormTexts;
  summaryTitle: string;
  action: (prev: RoundFormState, data: FormData) => Promise<RoundFormState>;
  initial: Record<RoundField, string>;
  roundId?: string;
  /** Fields that can no longer change (ordering has opened): shown, not editable. */
  locked: RoundField[];
  readOnly: boolean;
};

const input = "mt-1 block min-h-11 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700 aria-invalid:border-4 aria-invalid:border-red-700 disabled:bg-slate-100";

/**
 * Issue 10 item 1: the round form. Works without JavaScript (a server action with form state);
 * refusals come back GOV.UK style — a summary linking to each field, the message by the field,
 * the field marked aria-invalid — with the values as typed.
 */
export function RoundForm({ t, summaryTitle, action, initial, roundId, locked, readOnly }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state?.values ?? initial;
  const errorOf = (f: RoundField) => state?.errors.find((e) => e.field === f)?.message;
  const field = (f: RoundField, type: "text" | "number" | "date" | "time" = "text") => {
    const error = errorOf(f);
    const hint = t.hints[f];
    const describedBy = [hint ? `${f}-hint` : null, error ? fieldErrorId(f) : null].filter(Boolean).join(" ") || undefined;
    return (
      <div key={f} className="space-y-1">
        <label htmlFor={f} className="block font-semibold">{t.fields[f]}</label>
        {hint && <p id={`${f}-hint`} className="text-sm text-slate-700">{hint}</p>}
        <FieldError id={f} message={error} />
        <input id={f} name={f} type={type} defaultValue={values[f]} key={`${f}:${values[f]}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          readOnly={locked.includes(f)} className={input} inputMode={type === "number" ? "numeric" : undefined} />
      </div>
    );
  };
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <ErrorSummary title={summaryTitle} errors={state?.errors ?? []} />
      {state?.message && <p role="alert" aria-label={state.message} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{state.message}</p>}
      {roundId && <input type="hidden" name="roundId" value={roundId} />}
      <fieldset disabled={readOnly} className="space-y-6">
        {field("name")}
        <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-bold">{t.terms}</legend>
          <div className="space-y-1">
            <label htmlFor="product" className="block font-semibold">{t.fields.product}</label>
            <select id="product" name="product" defaultValue={values.product} className={input}>
              <option value="ADULT_MASK">{t.products.ADULT_MASK}</option>
            </select>
          </div>
          {(["masksPerOrder", "unitPrice", "fee", "adultAge"] as const).map((f) => field(f, "number"))}
        </fieldset>
        <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-bold">{t.calendar}</legend>
          {field("orderOpensOn", "date")}
          {field("orderOpensTime", "time")}
          {(["orderClosesOn", "resultsOn", "paymentDeadline", "pickupStart", "pickupEnd"] as const).map((f) => field(f, "date"))}
        </fieldset>
        <button type="submit" disabled={pending} className="min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 sm:w-auto">
          {pending ? t.saving : t.save}
        </button>
      </fieldset>
    </form>
  );
}
