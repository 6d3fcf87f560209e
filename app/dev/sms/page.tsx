import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { readSmsInbox } from "@/lib/notices/standin-inbox";
import { queryText } from "@/lib/http/page-params";

export const dynamic = "force-dynamic";

/** Demo only: the phones' inbox of the stand-in SMS gateway (404 in a real deployment). */
export default async function SmsInboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!env().local) notFound();
  const to = queryText((await searchParams).to, 20);
  const messages = readSmsInbox(to);
  return (
    <div className="mx-auto max-w-2xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">示範簡訊收件匣 Demo SMS inbox</h1>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="font-semibold">手機號碼 Phone number
          <input name="to" defaultValue={to ?? ""} inputMode="tel" className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3" />
        </label>
        <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">顯示 Show</button>
      </form>
      <ul className="space-y-3">
        {messages.map((m) => (
          <li key={m.noticeId} className="rounded-lg border border-slate-300 bg-white p-3" data-testid="sms">
            <p className="text-sm text-slate-700">{m.to} · {m.at.slice(0, 16).replace("T", " ")} UTC</p>
            <p className="mt-1">{m.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
