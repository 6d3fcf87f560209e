/**
 * Home: what online pre-order is, the current round's timeline, the price and the key rules.
 * Rendered per request: the round and "today" come from the database and the language from a
 * cookie (cacheComponents is off, so force-dynamic is the plain way to say so).
 */
import { CallToAction } from "@/components/call-to-action";
import { OfferCard } from "@/components/offer-card";
import { RoundTimeline } from "@/components/round-timeline";
import { RulesSummary } from "@/components/rules-summary";
import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";
import { getCurrentRound } from "@/lib/rounds/current-round";
import { roundPhase } from "@/lib/rules";
import { roundName } from "@/lib/stores/display";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [locale, current] = await Promise.all([getLocale(), getCurrentRound()]);
  const m = getMessages(locale);

  if (current === null) {
    return (
      <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.home.heading}</h1>
        <p className="text-lg text-slate-700">{m.home.lead}</p>
        <section aria-labelledby="no-round-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="no-round-heading" className="text-xl font-bold">{m.home.noRound.heading}</h2>
          <p className="mt-1 text-slate-700">{m.home.noRound.body}</p>
        </section>
        <CallToAction m={m.home.cta} showStart={false} />
      </div>
    );
  }

  const { round, today } = current;
  const phase = roundPhase(round, today); // RoundView carries every RoundCalendar field

  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.home.heading}</h1>
        <p className="text-lg text-slate-700">{m.home.lead}</p>
        <CallToAction m={m.home.cta} />
      </div>

      <section aria-labelledby="timeline-heading" className="space-y-4">
        <div>
          <h2 id="timeline-heading" className="text-xl font-bold">
            {m.home.timeline.heading}{" "}
            <span className="ml-1 text-base font-normal text-slate-600">{roundName(round, locale)}</span>
          </h2>
          <p className="mt-1 flex flex-wrap gap-x-1 text-slate-800">
            <span className="font-semibold">{m.phase.label}</span>
            <span data-testid="round-phase">{m.phase[phase]}</span>
          </p>
        </div>
        <RoundTimeline round={round} phase={phase} locale={locale} m={m.home.timeline} />
      </section>

      <div className="grid items-start gap-10 md:grid-cols-[1fr_2fr]">
        <OfferCard round={round} locale={locale} m={m.home.offer} />
        <RulesSummary round={round} locale={locale} m={m.home.rules} />
      </div>
    </div>
  );
}
