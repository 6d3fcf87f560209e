import type { Recommendation as Rec } from "@/lib/identity/chooser/recommend";
import type { chooserTexts } from "@/lib/identity/chooser/texts";
import { WayCard } from "./way-card";

type T = (typeof chooserTexts)["zh-TW"];

/** The questionnaire's answer: the best way, why not the others (notes), and what else is open. */
export function Recommendation({ rec, t, next }: { rec: Rec; t: T; next: string | null }) {
  return (
    <section id="result" aria-labelledby="result-heading" tabIndex={-1} className="space-y-4 outline-none" data-testid="recommendation">
      <h2 id="result-heading" className="text-xl font-bold">{t.resultHeading}</h2>
      <p className="font-semibold">
        {t.primaryLabel}：<span data-testid="recommended-way">{t.ways[rec.primary].name}</span>
      </p>
      {rec.notes.length > 0 && (
        <ul className="space-y-2">
          {rec.notes.map((n) => (
            <li key={n} className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
              {t.notes[n]}
            </li>
          ))}
        </ul>
      )}
      <WayCard way={rec.primary} t={t} next={next} highlight />
      {rec.alternatives.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t.alternativesLabel}</h3>
          <ul className="flex flex-wrap gap-x-4" data-testid="alternatives">
            {rec.alternatives.map((w) => (
              <li key={w}>
                <a href={`#way-${w.toLowerCase()}`} className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline underline-offset-2">
                  {t.ways[w].name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
