import Link from "next/link";
import { getLocale } from "@/lib/i18n/get-locale";
import { BeforeYouStart } from "@/components/identity/before-you-start";
import { getMessages } from "@/lib/i18n/messages";
import { env } from "@/lib/env";
import { errorSummaryTexts } from "@/lib/orders/journey-texts";
import { fieldMessages } from "@/lib/validation/id-field";
import { certificateTexts } from "@/lib/identity/certificate/texts";
import { demoCardRows } from "@/lib/identity/certificate/demo-cards";
import { CertificateLogin } from "@/components/identity/certificate/certificate-login";
import { DemoCardsTable } from "@/components/identity/certificate/demo-cards-table";
import { NeedsJs } from "@/components/needs-js";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: certificateTexts[await getLocale()].title };
}

/** I4: the citizen digital certificate on a computer — conditions and steps first, then the flow. */
export default async function CertificatePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [locale, { next }] = await Promise.all([getLocale(), searchParams]);
  const t = certificateTexts[locale];
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <NeedsJs what="certificate" locale={locale} />
      <p className="text-slate-800">{t.lead}</p>
      <BeforeYouStart heading={t.before.heading} items={t.before.items} />
      <section aria-labelledby="how-heading" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="how-heading" className="mb-2 text-lg font-bold">{t.how.heading}</h2>
        <ol className="list-decimal space-y-1 pl-5">
          {t.how.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      {env().adapters.EMASK_CERTIFICATE_ADAPTER === "standin" && <DemoCardsTable t={t.demo} rows={demoCardRows()} />}
      <CertificateLogin t={t} help={getMessages(locale).shell} summary={{ ...errorSummaryTexts(locale), id: fieldMessages[locale] }} next={next ?? null} />
      <p>
        <Link href="/verify" className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline underline-offset-2 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700">
          {t.otherWays}
        </Link>
      </p>
    </div>
  );
}
