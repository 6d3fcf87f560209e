import { getLocale } from "@/lib/i18n/get-locale";
import { BeforeYouStart } from "@/components/identity/before-you-start";
import { getMessages } from "@/lib/i18n/messages";
import { env } from "@/lib/env";
import { cardTexts } from "@/lib/identity/nhi-card/texts";
import { CardFlow } from "@/components/identity/card/card-flow";
import { NeedsJs } from "@/components/needs-js";
import { errorSummaryTexts } from "@/lib/orders/journey-texts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: cardTexts[await getLocale()].title };
}

/** I3/I8/I9: the NHI card on a computer — conditions first, then insert, register / log in / reset. */
export default async function CardPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [locale, { next }] = await Promise.all([getLocale(), searchParams]);
  const t = cardTexts[locale];
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-800">{t.lead}</p>
      <NeedsJs what="card" locale={locale} />
      <BeforeYouStart heading={t.before.heading} items={t.before.items} />
      <CardFlow t={t} help={getMessages(locale).shell} summary={errorSummaryTexts(locale)} next={next ?? null} mailbox={env().adapters.EMASK_MAIL_ADAPTER === "standin"} />
    </div>
  );
}
