import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { dayFromDb } from "@/lib/db/days";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay } from "@/lib/i18n/format";
import { roundConsoleTexts } from "@/lib/rounds/console-texts";
import { consoleTexts } from "@/lib/staff/console-texts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: roundConsoleTexts[await getLocale()].listTitle };
}

/** Issue 10 item 1: the rounds, newest first, each to its edit page; admins may add one. */
export default async function RoundsPage() {
  const [principal, locale] = await Promise.all([staffPage("/staff/admin/rounds", "ADMIN", "AUDITOR"), getLocale()]);
  const t = roundConsoleTexts[locale];
  const rounds = await db().round.findMany({
    orderBy: { orderOpensAt: "desc" },
    take: 200,
    select: { id: true, name: true, orderOpensAt: true, orderClosesOn: true, pickupStart: true, pickupEnd: true, unitPrice: true, masksPerOrder: true, fee: true, _count: { select: { orders: true } } },
  });
  const at = now().getTime();
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.listTitle}</h1>
      {principal.role === "AUDITOR" && <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{consoleTexts[locale].readOnly}</p>}
      {principal.role === "ADMIN" && (
        <p><Link href="/staff/admin/rounds/new" className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800">{t.create}</Link></p>
      )}
      {rounds.length === 0 && <p>{t.none}</p>}
      <ul className="space-y-3" data-testid="rounds">
        {rounds.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-3">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/staff/admin/rounds/${r.id}`} className="font-semibold text-blue-700 underline">{r.name}</Link>
              <span className="text-sm">{r.orderOpensAt.getTime() <= at ? t.phase.open : t.phase.upcoming}</span>
            </p>
            <p className="text-sm text-slate-700">
              {formatDay(dayFromDb(new Date(r.orderOpensAt.getTime() + 8 * 3600_000)), locale)} – {formatDay(dayFromDb(r.orderClosesOn), locale)} · {formatDay(dayFromDb(r.pickupStart), locale)} – {formatDay(dayFromDb(r.pickupEnd), locale)}
            </p>
            <p className="text-sm">{t.fields.masksPerOrder} {r.masksPerOrder} · {t.fields.unitPrice} {r.unitPrice} · {t.fields.fee} {r.fee} · {r._count.orders}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
