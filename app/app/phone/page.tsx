import { PhoneVerifyForm } from "@/components/identity/phone/phone-verify-form";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";
import { formatMsisdn } from "@/lib/identity/phone/msisdn";
import { SUBSCRIBERS } from "@/lib/identity/phone/standin-subscribers";
import { phoneTexts } from "@/lib/identity/phone/texts";
import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";
import { fieldMessages } from "@/lib/validation/id-field";
import { errorSummaryTexts } from "@/lib/orders/journey-texts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: phoneTexts[await getLocale()].title };
}

/**
 * /app/phone: I5, conditions first (the seed's Q&A), then the verification. The SIM list is the
 * stand-in telecom's register (the demo phone "has" one of those SIMs); with a real operator the
 * app reads the number from the phone and this list goes.
 */
export default async function PhoneVerificationPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const [locale, query] = await Promise.all([getLocale(), searchParams]);
  const t = phoneTexts[locale];
  const next = safeNextPath(query.next);
  const sims = SUBSCRIBERS.map((s) => ({ msisdn: s.msisdn, label: locale === "en" ? `${formatMsisdn(s.msisdn)} (${s.note.en})` : `${formatMsisdn(s.msisdn)}（${s.note["zh-TW"]}）` }));
  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      <section aria-labelledby="phone-conditions-heading" className="rounded-lg border border-blue-700 bg-blue-50 p-3">
        <h2 id="phone-conditions-heading" className="font-bold">{t.conditionsHeading}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {t.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <PhoneVerifyForm t={t} shell={getMessages(locale).shell} sims={sims} next={next} deviceHref={withNext("/app/device", next)} fieldTexts={{ ...errorSummaryTexts(locale), messages: fieldMessages[locale] }} />
    </>
  );
}
