import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { consoleTexts } from "@/lib/console/texts";
import { openSupplyDemand } from "@/lib/open-data/supply-demand";

export const dynamic = "force-dynamic";

const SHOWN = 500;

/** Issue 10 item 8: the public list of supply and pre-orders per store for the current round. */
export default async function OpenDataPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, sp, data] = await Promise.all([getLocale(), searchParams, openSupplyDemand()]);
  const t = consoleTexts[locale].openData;
  if (!data) return <main className="mx-auto max-w-5xl px-4 py-8"><h1 className="text-2xl font-bold">{t.title}</h1><p>{t.noRound}</p></main>;
  const counties = [...new Set(data.stores.map((s) => s.county))];
  const county = queryText(sp.county, 10);
  const stores = county ? data.stores.filter((s) => s.county === county) : data.stores;
  return (
    <main className="mx-auto max-w-5xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{data.round.name}</p>
      <p>{t.intro}<a className="text-blue-700 underline" href="/api/open-data/stores">{t.json}</a> · <a className="text-blue-700 underline" href="/api/open-data/stores.csv">{t.csv}</a></p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="font-semibold">{t.county}
          <select name="county" defaultValue={county ?? ""} className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3">
            <option value="">{t.all}</option>
            {counties.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white">{consoleTexts[locale].show}</button>
      </form>
      <p role="status">{t.showing(Math.min(SHOWN, stores.length), stores.length)}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="open-data">
          <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3">{t.store}</th><th scope="col" className="pr-3">{t.chain}</th><th scope="col" className="pr-3">{t.address}</th><th scope="col" className="pr-3 text-right">{t.supply}</th><th scope="col" className="text-right">{t.demand}</th></tr></thead>
          <tbody>
            {stores.slice(0, SHOWN).map((s) => (
              <tr key={s.code} className="border-b border-slate-200"><td className="py-2 pr-3">{locale === "en" ? s.nameEn : s.name}</td><td className="pr-3">{s.chain}</td><td className="pr-3">{s.county} {s.town} {s.address}</td><td className="pr-3 text-right font-mono">{s.supply}</td><td className="text-right font-mono">{s.demand}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
