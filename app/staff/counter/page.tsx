import { CounterForm } from "@/components/identity/counter/counter-form";
import { staffPage } from "@/lib/auth/guard";
import { counterTexts } from "@/lib/identity/counter/texts";
import { getLocale } from "@/lib/i18n/get-locale";
import { errorSummaryTexts } from "@/lib/orders/journey-texts";
import { fieldMessages } from "@/lib/validation/id-field";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: counterTexts[await getLocale()].title };
}

/** /staff/counter: I7 registration at an NHIA service counter (counter staff only). */
export default async function CounterPage() {
  const [, locale] = await Promise.all([staffPage("/staff/counter", "COUNTER"), getLocale()]);
  const t = counterTexts[locale];
  return (
    <div className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      <section aria-labelledby="counter-rules-heading" className="rounded-lg border border-blue-700 bg-blue-50 p-3">
        <h2 id="counter-rules-heading" className="font-bold">{t.rulesHeading}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t.rulesNational}</li>
          <li>{t.rulesResident}</li>
        </ul>
      </section>
      <CounterForm t={t} summary={{ ...errorSummaryTexts(locale), id: fieldMessages[locale] }} />
    </div>
  );
}
