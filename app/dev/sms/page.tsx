import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { readSmsInbox } from "@/lib/notices/standin-inbox";
import { smsInboxTexts } from "@/lib/notices/inbox-texts";
import { queryText } from "@/lib/http/page-params";
import { getLocale } from "@/lib/i18n/get-locale";
import type { Locale } from "@/lib/i18n/locale";
import { formatDay, formatTaipeiTime } from "@/lib/i18n/format";
import { dayInTaipei } from "@/lib/rules";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: smsInboxTexts[await getLocale()].title };
}

/** Demo only: the phones' inbox of the stand-in SMS gateway (404 in a real deployment), in the page's language. */
export default async function SmsInboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!env().local) notFound();
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const t = smsInboxTexts[locale];
  const to = queryText(raw.to, 20);
  const messages = readSmsInbox(to);
  return (
    <div className="mx-auto max-w-2xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.lead}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="font-semibold">{t.phone}
          <input name="to" defaultValue={to ?? ""} inputMode="tel" autoComplete="off" className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700" />
        </label>
        <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.show}</button>
      </form>
      {messages.length === 0 && <p>{t.none}</p>}
      <ul className="space-y-3">
        {messages.map((m) => (
          <li key={m.noticeId} className="rounded-lg border border-slate-300 bg-white p-3" data-testid="sms">
            <p className="text-sm text-slate-700">{m.to} · {t.sentAt(sentAt(m.at, locale))}</p>
            <p className="mt-1">{m.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Taipei day and time of a delivery, as the mailbox shows its letters; a malformed line's time as it is. */
function sentAt(iso: string, locale: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatDay(dayInTaipei(at), locale)} ${formatTaipeiTime(at.toISOString())}`;
}
