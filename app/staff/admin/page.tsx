import { ownEntry } from "@/lib/http/page-params";
import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { dayFromDb } from "@/lib/db/days";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay } from "@/lib/i18n/format";
import { consoleTexts } from "@/lib/staff/console-texts";
import { runJobsAction, setClockAction } from "./actions";
import { RoundBars } from "@/components/admin/round-bars";
import { roundFigures } from "@/lib/rounds/round-figures";

export const dynamic = "force-dynamic";

const btn = "min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/** Admin: the rounds and where each stands, run jobs now, and (locally) the demo clock. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ ran?: string; moved?: string; error?: string }> }) {
  const [, locale, search] = await Promise.all([staffPage("/staff/admin", "ADMIN"), getLocale(), searchParams]);
  const t = consoleTexts[locale].jobs;
  const rounds = await db().round.findMany({
    orderBy: { orderOpensAt: "desc" },
    select: { id: true, name: true, orderClosesOn: true, pickupEnd: true, closedAt: true, drawnAt: true, lapsedAt: true, ledgeredAt: true, forfeitedAt: true, _count: { select: { orders: true } } },
  });
  const figures = await Promise.all(rounds.slice(0, 2).map(async (r) => ({ name: r.name, figures: await roundFigures(r.id) })));
  const taipeiNow = new Date(now().getTime() + 8 * 3600_000).toISOString().slice(0, 16);
  const error = search.error ? (ownEntry(t.errors, search.error) ?? t.errors.VALIDATION!) : null;
  const steps = [["closed", "closedAt"], ["drawn", "drawnAt"], ["lapsed", "lapsedAt"], ["ledger", "ledgeredAt"], ["forfeited", "forfeitedAt"]] as const;
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.clock}: <span className="font-mono" data-testid="clock">{taipeiNow.replace("T", " ")}</span></p>
      {search.ran && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t.ran(search.ran.slice(0, 20))}</p>}
      {search.moved && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t.moved}</p>}
      {error && <p role="alert" aria-label={error} className="rounded-md bg-red-50 p-3 text-red-800">{error}</p>}
      <form action={runJobsAction}><button className={btn}>{t.run}</button></form>
      {env().local && (
        <form action={setClockAction} className="flex flex-wrap items-end gap-2 rounded-lg border border-amber-600 bg-amber-50 p-4">
          <label className="font-semibold">{t.demoClock}
            <input type="datetime-local" name="to" defaultValue={taipeiNow} className="mt-1 block min-h-11 max-w-full rounded-md border border-slate-500 px-3" />
          </label>
          <button className={btn}>{t.set}</button>
        </form>
      )}
      <section aria-labelledby="figures" className="space-y-4">
        <h2 id="figures" className="text-xl font-bold">{t.figures}</h2>
        {figures.map((f) => <RoundBars key={f.name} name={f.name} figures={f.figures} labels={t.bars} />)}
      </section>
      {/* One card per round rather than a wide table: readable on a phone without scrolling sideways. */}
      <ul className="space-y-3">
        {rounds.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-3">
            <p><Link className="font-semibold text-blue-700 underline" href={`/rounds/${r.id}/draw`}>{r.name}</Link></p>
            <p className="text-sm text-slate-700">{formatDay(dayFromDb(r.orderClosesOn), locale)} → {formatDay(dayFromDb(r.pickupEnd), locale)}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-6">
              <div><dt className="text-slate-700">{t.table.orders}</dt><dd className="font-mono">{r._count.orders}</dd></div>
              {steps.map(([label, key]) => (
                <div key={key}><dt className="text-slate-700">{t.table[label]}</dt><dd>{r[key] ? t.done : t.notYet}</dd></div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
