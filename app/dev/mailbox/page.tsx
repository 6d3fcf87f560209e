import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/i18n/get-locale";
import { mailboxTexts } from "@/lib/mail/texts";
import { sentMailTo } from "@/lib/mail/mailbox";
import { formatDay, formatTaipeiTime } from "@/lib/i18n/format";
import { dayInTaipei } from "@/lib/rules";
import { queryText } from "@/lib/http/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: mailboxTexts[await getLocale()].title };
}

/** The stand-in mail server's inbox, for the demo: read the confirmation e-mail and open its link. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!env().local) notFound();
  const [locale, { to }] = await Promise.all([getLocale(), searchParams]);
  const t = mailboxTexts[locale];
  const address = queryText(to, 254) ?? "";
  const mails = address ? sentMailTo(address) : [];
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.lead}</p>
      <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="block flex-1 font-semibold">
          {t.address}
          <input name="to" type="email" defaultValue={address} required className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700" />
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          {t.open}
        </button>
      </form>
      {address && mails.length === 0 && <p>{t.none}</p>}
      <ul className="space-y-4">
        {mails.map((m) => (
          <li key={m.id}>
            <article className="space-y-2 rounded-lg border border-slate-300 bg-white p-4" aria-label={m.subject}>
              <h2 className="font-bold">{m.subject}</h2>
              <p className="text-sm text-slate-700">
                {t.sentAt}: {formatDay(dayInTaipei(m.sentAt), locale)} {formatTaipeiTime(m.sentAt.toISOString())} · {t.checkCode}: {m.checkCode}
              </p>
              <div className="whitespace-pre-wrap break-words">{linkify(m.text)}</div>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Site paths and web addresses in a message become links (the mail's only markup). */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+|\/[\w/-]+\?\S+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="font-semibold text-blue-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
