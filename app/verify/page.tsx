/**
 * /verify: "which way suits me?" (the seed's flow chart) — a questionnaire answered with a plain
 * GET form (no JavaScript needed), the recommendation rendered here from the query, every way
 * with a direct link, the seed's Q&A and the help line (I10). Pages guarded by citizenPage()
 * send people here with `?next=`; it is passed on to every way's link.
 */
import Link from "next/link";
import { HelpLine } from "@/components/help-line";
import { ChooserFaq } from "@/components/identity/chooser/faq";
import { ChooserForm, questionFieldId } from "@/components/identity/chooser/chooser-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Recommendation } from "@/components/identity/chooser/recommendation";
import { WayCard, linkClass } from "@/components/identity/chooser/way-card";
import { parseAnswers, type Query } from "@/lib/identity/chooser/answers";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";
import { recommend } from "@/lib/identity/chooser/recommend";
import { chooserTexts } from "@/lib/identity/chooser/texts";
import { ALL_WAYS } from "@/lib/identity/chooser/ways";
import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

/** GOV.UK: a page showing errors says so in its title too ("Error: …"). */
export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }) {
  const [locale, query] = await Promise.all([getLocale(), searchParams]);
  const t = chooserTexts[locale];
  return { title: parseAnswers(query).state === "incomplete" ? `${t.errorPrefix}${t.title}` : t.title };
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Query> }) {
  const [locale, query] = await Promise.all([getLocale(), searchParams]);
  const t = chooserTexts[locale];
  const shell = getMessages(locale).shell;
  const next = safeNextPath(query.next);
  const parsed = parseAnswers(query);
  const rec = parsed.state === "complete" ? recommend(parsed.answers) : null;
  const given = parsed.state === "empty" ? {} : parsed.given;
  const missing = parsed.state === "incomplete" ? parsed.missing : [];

  return (
    <div className="mx-auto max-w-3xl space-y-10 px-4 py-8">
      {missing.length > 0 && (
        // id="result": the form's action ends in #result, so without JavaScript the browser lands here.
        <div id="result">
          <ErrorSummary title={t.errorTitle} errors={missing.map((q) => ({ field: questionFieldId(q), message: t.questions[q].error }))} />
        </div>
      )}
      <div className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
        <p className="text-lg text-slate-700">{t.intro}</p>
        <p>
          {t.appLogin.text}{" "}
          <Link href={withNext("/app/login", next)} className={linkClass}>
            {t.appLogin.action}
          </Link>
        </p>
      </div>

      <section aria-labelledby="chooser-heading" className="space-y-4">
        <h2 id="chooser-heading" className="text-xl font-bold">{t.formHeading}</h2>
        <ChooserForm t={t} given={given} missing={missing} next={next} />
      </section>

      {rec && <Recommendation rec={rec} t={t} next={next} />}

      <section aria-labelledby="ways-heading" className="space-y-4">
        <h2 id="ways-heading" className="text-xl font-bold">{t.waysHeading}</h2>
        {ALL_WAYS.map((w) => (
          <WayCard key={w} way={w} t={t} next={next} />
        ))}
      </section>

      <section aria-labelledby="faq-heading" className="space-y-4">
        <h2 id="faq-heading" className="text-xl font-bold">{t.faqHeading}</h2>
        <ChooserFaq t={t} />
      </section>

      <section aria-labelledby="verify-help-heading" className="space-y-2">
        <h2 id="verify-help-heading" className="text-xl font-bold">{t.helpHeading}</h2>
        <p className="text-slate-700">{shell.helpIntro}</p>
        <HelpLine m={shell} />
      </section>
    </div>
  );
}
