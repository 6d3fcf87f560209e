import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { consoleTexts } from "@/lib/console/texts";
import { pageParam } from "@/lib/console/rounds";
import { searchAudit, AUDIT_PAGE } from "@/lib/console/audit-search";
import { detailLines, fromTaipeiInput, taipeiDateTime } from "@/lib/console/audit-view";

export const dynamic = "force-dynamic";

const input = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3";

/**
 * Issue 10 item 6: the audit log (append-only in the database), searchable by actor, action, subject
 * and time, in Taipei time with readable details. Auditors and admins read it; there is nothing to
 * change here (no action on this page; the table refuses UPDATE and DELETE).
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await staffPage("/staff/audit", "AUDITOR", "ADMIN");
  const [locale, sp] = await Promise.all([getLocale(), searchParams]);
  const t = consoleTexts[locale].audit;
  const raw = { actor: queryText(sp.actor, 64), action: queryText(sp.action, 64), subject: queryText(sp.subject, 64), from: queryText(sp.from, 19), to: queryText(sp.to, 19) };
  const filter = { actor: raw.actor, action: raw.action, subject: raw.subject, from: fromTaipeiInput(raw.from), to: fromTaipeiInput(raw.to) };
  const page = pageParam(sp.page);
  const { rows, total } = await searchAudit(filter, page);
  const keep = Object.fromEntries(Object.entries(raw).filter(([, v]) => v)) as Record<string, string>;
  const href = (p: number) => `/staff/audit?${new URLSearchParams({ ...keep, page: String(p) })}`;
  return (
    <main className="mx-auto max-w-6xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.readOnly}</p>
      <form method="get" role="search" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <label className="font-semibold">{t.actor}<input name="actor" defaultValue={raw.actor ?? ""} maxLength={64} className={input} /></label>
        <label className="font-semibold">{t.action}<input name="action" defaultValue={raw.action ?? ""} maxLength={64} className={input} /></label>
        <label className="font-semibold">{t.subject}<input name="subject" defaultValue={raw.subject ?? ""} maxLength={64} className={input} /></label>
        <label className="font-semibold">{t.from}<input type="datetime-local" name="from" defaultValue={raw.from ?? ""} className={input} /></label>
        <label className="font-semibold">{t.to}<input type="datetime-local" name="to" defaultValue={raw.to ?? ""} className={input} /></label>
        <div><button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.filter}</button></div>
      </form>
      <p role="status" data-testid="audit-count">{t.count(total)}</p>
      {/* A focusable region: keyboard users can scroll the wide table inside it (the page itself does not scroll sideways). */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.title}>
        <table className="w-full border-collapse text-left text-sm" data-testid="audit-log">
          <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3">{t.time}</th><th scope="col" className="pr-3">{t.staff}</th><th scope="col" className="pr-3">{t.action.replace(/開頭| starts with/, "")}</th><th scope="col" className="pr-3">{t.target}</th><th scope="col">{t.details}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 font-mono whitespace-nowrap">{taipeiDateTime(r.at)}</td>
                <td className="pr-3">{r.actorStaff ? `${r.actorStaff.username} (${r.actorStaff.role})` : r.actorKind}</td>
                <td className="pr-3 font-mono">{r.action}</td>
                <td className="pr-3 font-mono break-all">{r.targetType ? `${r.targetType}: ${r.targetId ?? ""}` : "—"}</td>
                <td>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                    {detailLines(r.details).map(([k, v]) => <div key={k} className="contents"><dt className="text-slate-700">{k}</dt><dd className="font-mono break-all">{v}</dd></div>)}
                  </dl>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex gap-4" aria-label={t.count(total)}>
        {page > 0 && <Link className="text-blue-700 underline" href={href(page - 1)}>{consoleTexts[locale].batches.prev}</Link>}
        {(page + 1) * AUDIT_PAGE < total && <Link className="text-blue-700 underline" href={href(page + 1)}>{consoleTexts[locale].batches.next}</Link>}
      </nav>
    </main>
  );
}
