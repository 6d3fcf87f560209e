import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { ASKED, QUESTIONS, type Question } from "@/lib/identity/chooser/answers";
import type { chooserTexts } from "@/lib/identity/chooser/texts";
import { buttonClass } from "./way-card";

type T = (typeof chooserTexts)["zh-TW"];

/**
 * The questionnaire: a plain GET form with radio buttons, so it works without JavaScript; the
 * result is rendered by the server from the query. `#result` keeps the answer (or the error summary)
 * in view after it. The hidden `asked` field tells a submission with nothing chosen from a first
 * visit; an unanswered question says what to answer (issue 9 item 6), and its first radio carries
 * the id the error summary links to (`questionFieldId`).
 */
export const questionFieldId = (q: Question) => `q-${q}`;

export function ChooserForm({ t, given, missing, next }: { t: T; given: Partial<Record<Question, string>>; missing: Question[]; next: string | null }) {
  return (
    <form method="get" action="/verify#result" className="space-y-4" aria-labelledby="chooser-heading">
      {next && <input type="hidden" name="next" value={next} />}
      <input type="hidden" name={ASKED} value="1" />
      {QUESTIONS.map((q) => {
        const question = t.questions[q];
        const fieldId = questionFieldId(q);
        const hintId = `${fieldId}-hint`;
        const isMissing = missing.includes(q);
        const describedBy = [question.hint ? hintId : null, isMissing ? fieldErrorId(fieldId) : null].filter(Boolean).join(" ");
        return (
          <fieldset
            key={q}
            aria-describedby={describedBy || undefined}
            className={`space-y-2 rounded-lg border bg-white p-4 ${isMissing ? "border-2 border-red-700" : "border-slate-300"}`}
          >
            <legend className="px-1 font-semibold">{question.legend}</legend>
            {question.hint && (
              <p id={hintId} className="text-sm text-slate-700">
                {question.hint}
              </p>
            )}
            <FieldError id={fieldId} message={isMissing ? question.error : null} prefix={t.errorPrefix} />
            <div className="flex flex-col gap-1 sm:flex-row sm:gap-6">
              {Object.entries(question.options).map(([value, label], i) => (
                <label key={value} className="flex min-h-11 cursor-pointer items-center gap-2">
                  <input
                    id={i === 0 ? fieldId : `${fieldId}-${value}`}
                    type="radio"
                    name={q}
                    value={value}
                    defaultChecked={given[q] === value}
                    className="size-5 accent-blue-700 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className={buttonClass}>
        {t.submit}
      </button>
    </form>
  );
}
