import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { consoleTexts } from "@/lib/console/texts";
import { chooseRound, pageParam, uuidParam } from "@/lib/console/rounds";
import { batchRows, DIMENSIONS, ordersByChannelAndMethod, ordersPerDay, PAGE_SIZE, roundCounts, searchOrders, type BatchFilter, type Dimension } from "@/lib/console/batch-queries";
import { funnel, ORDER_STATUSES, totalOf } from "@/lib/console/figures";
import { taipeiDateTime } from "@/lib/console/audit-view";
import { BarChart, DayChart } from "@/components/console/charts";
import { RoundPicker } from "@/components/console/round-picker";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const link = "text-blue-700 underline";
const NEXT_LEVEL: Record<Dimension, Dimension | null> = { chain: "centre", centre: "store", county: "town", town: "store", store: null };

/** Issue 10 item 3: a round's orders by status per chain, centre, county, town or store; charts; search. */
export default async function BatchesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await staffPage("/staff/admin/batches", "ADMIN", "AUDITOR");
  const [locale, sp] = await Promise.all([getLocale(), searchParams]);
  const t = consoleTexts[locale];
  const { rounds, round } = await chooseRound(uuidParam(sp.round));
  if (!round) return <main className="mx-auto max-w-5xl px-4 py-8"><h1 className="text-2xl font-bold">{t.batches.title}</h1><p>{t.noRound}</p></main>;
  const byParam = queryText(sp.by, 10);
  const by: Dimension = (DIMENSIONS as readonly string[]).includes(byParam ?? "") ? (byParam as Dimension) : "chain";
  const filter: BatchFilter = { chain: queryText(sp.chain, 16), centre: uuidParam(sp.centre), county: queryText(sp.county, 10), town: queryText(sp.town, 10) };
  const page = pageParam(sp.page);
  const q = queryText(sp.q, 64);
  const [{ rows, groups }, counts, perDay, byChannel, hits] = await Promise.all([
    batchRows(round.id, by, filter, page), roundCounts(round.id), ordersPerDay(round.id), ordersByChannelAndMethod(round.id), q ? searchOrders(round.id, q) : Promise.resolve(null),
  ]);
  const f = funnel(counts);
  const base = { round: round.id, by, ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) } as Record<string, string>;
  const href = (extra: Record<string, string | undefined>) => `/staff/admin/batches?${new URLSearchParams(Object.entries({ ...base, ...extra }).filter(([, v]) => v !== undefined) as [string, string][])}`;
  const drill = (key: string): string => {
    if (by === "store") return `/staff/admin/batches/${key}?round=${round.id}`;
    const next = NEXT_LEVEL[by]!;
    const add = by === "chain" ? { chain: key } : by === "centre" ? { centre: key } : by === "county" ? { county: key } : { county: key.split("/")[0], town: key.split("/")[1] };
    return href({ ...add, by: next, page: undefined });
  };
  const filters = Object.entries(filter).filter(([, v]) => v);
  return (
    <main className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.batches.title}</h1>
      <RoundPicker rounds={rounds} current={round.id} label={t.chooseRound} button={t.show} />
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <input type="hidden" name="round" value={round.id} />
        <label className="font-semibold">{t.batches.search}
          <input name="q" defaultValue={q ?? ""} maxLength={64} className="mt-1 block min-h-11 w-80 max-w-full rounded-md border border-slate-500 px-3 font-mono" />
        </label>
        <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white">{t.batches.searchButton}</button>
      </form>
      {hits && (hits.length === 0 ? <p role="status">{t.batches.noHits}</p> : (
        <ul className="space-y-1" data-testid="search-hits">
          {hits.map((o) => <li key={o.id} className="font-mono text-sm">{o.id} · {t.status[o.status]} · {o.storeCode} {o.storeName} · {o.person} {o.idNumber} · {o.paymentCode ?? "—"}</li>)}
        </ul>
      ))}
      <nav aria-label={t.batches.by} className="flex flex-wrap gap-2">
        {DIMENSIONS.map((d) => (
          <Link key={d} href={href({ by: d, page: undefined })} aria-current={d === by ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded-md border px-3 ${d === by ? "border-blue-700 bg-blue-50 font-semibold" : "border-slate-400"}`}>{t.batches.dims[d]}</Link>
        ))}
      </nav>
      {filters.length > 0 && <p>{t.batches.filtered}{filters.map(([k, v]) => `${t.batches.dims[k]} ${v}`).join(" · ")} — <Link className={link} href={`/staff/admin/batches?round=${round.id}&by=${by}`}>{t.batches.clear}</Link></p>}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-right text-sm" data-testid="batch-table">
          <caption className="text-left text-slate-700">{t.batches.groups(groups)}</caption>
          <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3 text-left">{t.batches.dims[by]}</th><th scope="col" className="pr-3">{t.batches.supply}</th>{ORDER_STATUSES.map((s) => <th scope="col" key={s} className="pr-3">{t.status[s]}</th>)}<th scope="col">{t.batches.total}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 text-left font-normal"><Link className={link} href={drill(r.key)}>{locale === "en" ? r.labelEn : r.label}</Link></th>
                <td className="pr-3 font-mono">{r.supply}</td>
                {ORDER_STATUSES.map((s) => <td key={s} className="pr-3 font-mono">{r.counts[s]}</td>)}
                <td className="font-mono font-semibold">{totalOf(r.counts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex gap-4" aria-label={t.batches.groups(groups)}>
        {page > 0 && <Link className={link} href={href({ page: String(page - 1) })}>{t.batches.prev}</Link>}
        {(page + 1) * PAGE_SIZE < groups && <Link className={link} href={href({ page: String(page + 1) })}>{t.batches.next}</Link>}
      </nav>
      <section aria-labelledby="charts" className="grid gap-8 lg:grid-cols-2">
        <h2 id="charts" className="text-xl font-bold lg:col-span-2">{t.batches.charts}</h2>
        <BarChart title={t.batches.funnel} testId="chart-funnel" tableLabel={t.batches.chartTable} items={(["ordered", "drawn", "paid", "collected"] as const).map((k) => ({ label: t.batches.funnelSteps[k]!, value: f[k] }))} />
        <BarChart title={t.batches.byChannel} testId="chart-channel" tableLabel={t.batches.chartTable} items={byChannel.map((c) => ({ label: `${t.batches.channels[c.channel] ?? c.channel} · ${t.batches.methods[c.method] ?? c.method}`, value: c.n }))} />
        <DayChart title={t.batches.perDay} tableLabel={t.batches.chartTable} points={perDay.map((d) => ({ label: d.day, value: d.n }))} />
        <p className="text-sm text-slate-700">{taipeiDateTime(new Date())}</p>
      </section>
    </main>
  );
}
