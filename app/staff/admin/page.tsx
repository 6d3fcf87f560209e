import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { dayFromDb } from "@/lib/db/days";
import { runJobsAction, setClockAction } from "./actions";
import { RoundBars } from "@/components/admin/round-bars";
import { roundFigures } from "@/lib/rounds/round-figures";
import { getLocale } from "@/lib/i18n/get-locale";
import { consoleTexts } from "@/lib/console/texts";

export const dynamic = "force-dynamic";

const btn = "min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/** Admin: the rounds and where each stands, run jobs now, and (locally) the demo clock. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ ran?: string; moved?: string; error?: string }> }) {
  await staffPage("/staff/admin", "ADMIN");
  const search = await searchParams;
  const rounds = await db().round.findMany({
    orderBy: { orderOpensAt: "desc" },
    select: { id: true, name: true, orderClosesOn: true, pickupEnd: true, closedAt: true, drawnAt: true, lapsedAt: true, ledgeredAt: true, forfeitedAt: true, _count: { select: { orders: true } } },
  });
  const figures = await Promise.all(rounds.slice(0, 2).map(async (r) => ({ name: r.name, figures: await roundFigures(r.id) })));
  const taipeiNow = new Date(now().getTime() + 8 * 3600_000).toISOString().slice(0, 16);
  const mark = (d: Date | null) => (d ? "✓" : "—");
  const nav = consoleTexts[await getLocale()].nav; // issue 10 part B: links until the console's own navigation exists
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">輪次作業 Round jobs</h1>
      <nav aria-label={nav.label} className="flex flex-wrap gap-x-4">
        {(["batches", "draw", "exports"] as const).map((k) => <Link key={k} className="inline-flex min-h-11 items-center text-blue-700 underline" href={`/staff/admin/${k}`}>{nav[k]}</Link>)}
        <Link className="inline-flex min-h-11 items-center text-blue-700 underline" href="/staff/audit">{nav.audit}</Link>
        <Link className="inline-flex min-h-11 items-center text-blue-700 underline" href="/open-data">{nav.openData}</Link>
      </nav>
      <p>系統時間（臺北）System time (Taipei): <span className="font-mono" data-testid="clock">{taipeiNow.replace("T", " ")}</span></p>
      {search.ran && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">已執行 Ran: {search.ran} (transitions-SMS)</p>}
      {search.error && <p role="alert" aria-label={search.error} className="rounded-md bg-red-50 p-3 text-red-800">{search.error}</p>}
      <form action={runJobsAction}><button className={btn}>立即執行到期作業 Run due jobs now</button></form>
      {env().local && (
        <form action={setClockAction} className="flex flex-wrap items-end gap-2 rounded-lg border border-amber-600 bg-amber-50 p-4">
          <label className="font-semibold">示範時鐘（臺北時間）Demo clock (Taipei)
            <input type="datetime-local" name="to" defaultValue={taipeiNow} className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3" />
          </label>
          <button className={btn}>設定 Set</button>
        </form>
      )}
      <section aria-labelledby="figures" className="space-y-4">
        <h2 id="figures" className="text-xl font-bold">配量與訂單 Supply and orders</h2>
        {figures.map((f) => <RoundBars key={f.name} name={f.name} figures={f.figures} />)}
      </section>
      <table className="w-full border-collapse text-left text-sm">
        <thead><tr className="border-b border-slate-400"><th className="py-2">輪次 Round</th><th>訂單 Orders</th><th>截止 Closed</th><th>抽籤 Drawn</th><th>逾期 Lapsed</th><th>入帳 Ledger</th><th>放棄 Forfeited</th></tr></thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <td className="py-2"><Link className="text-blue-700 underline" href={`/rounds/${r.id}/draw`}>{r.name}</Link><br /><span className="text-slate-600">{dayFromDb(r.orderClosesOn)} → {dayFromDb(r.pickupEnd)}</span></td>
              <td>{r._count.orders}</td><td>{mark(r.closedAt)}</td><td>{mark(r.drawnAt)}</td><td>{mark(r.lapsedAt)}</td><td>{mark(r.ledgeredAt)}</td><td>{mark(r.forfeitedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
