import { staffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { queryText } from "@/lib/http/page-params";
import { getLocale } from "@/lib/i18n/get-locale";
import { consoleTexts } from "@/lib/staff/console-texts";

export const dynamic = "force-dynamic";

/** Auditors and admins read the audit log (append-only in the database); newest first, 200 at a time. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string }> }) {
  const [, locale] = await Promise.all([staffPage("/staff/audit", "AUDITOR", "ADMIN"), getLocale()]);
  const t = consoleTexts[locale].audit;
  const action = queryText((await searchParams).action, 64);
  const rows = await db().auditLog.findMany({
    where: action ? { action: { startsWith: action } } : {},
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, actorKind: true, action: true, targetType: true, targetId: true, details: true, actorStaff: { select: { username: true, role: true } } },
  });
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="font-semibold">{t.filter}
          <input name="action" defaultValue={action ?? ""} maxLength={64} className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3" />
        </label>
        <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.submit}</button>
      </form>
      {/* A focusable region: keyboard users can scroll the wide table inside it (the page itself does not scroll sideways). */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.title}>
        <table className="w-full border-collapse text-left text-sm" data-testid="audit-log">
          <thead><tr className="border-b border-slate-400"><th className="py-2 pr-3">{t.time}</th><th className="pr-3">{t.staff}</th><th className="pr-3">{t.action}</th><th className="pr-3">{t.target}</th><th>{t.details}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 font-mono whitespace-nowrap">{new Date(r.at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ")}</td>
                <td className="pr-3">{r.actorStaff ? `${r.actorStaff.username} (${r.actorStaff.role})` : r.actorKind}</td>
                <td className="pr-3 font-mono">{r.action}</td>
                <td className="pr-3 font-mono">{r.targetType ? `${r.targetType}:${r.targetId?.slice(-8) ?? ""}` : "—"}</td>
                <td className="font-mono break-all">{r.details ? JSON.stringify(r.details) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
