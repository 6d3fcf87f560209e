import { staffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { recordId } from "@/lib/validation/fields";
import { getCurrentRound } from "@/lib/rounds/current-round";
import { storeConsoleTexts } from "@/lib/stores/console-texts";
import { STORE_CSV_COLUMNS, CHAIN_CODES } from "@/lib/stores/store-csv";
import { oversubscribedStores, supplyByChain } from "@/lib/stores/supply";
import { consoleTexts } from "@/lib/staff/console-texts";
import { ActionForm } from "@/components/admin/action-form";
import { importStoresAction, setSupplyAction, spreadSupplyAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: storeConsoleTexts[await getLocale()].title };
}

const input = "mt-1 block min-h-11 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700 disabled:bg-slate-100";
const card = "space-y-3 rounded-lg border border-slate-300 bg-white p-4";

/**
 * Issue 10 item 2: import stores, set supply (one store, or a chain spread over its stores), and —
 * during ordering — where demand already exceeds supply. Auditors see it all, forms disabled.
 */
export default async function StoresPage({ searchParams }: { searchParams: Promise<{ round?: string }> }) {
  const [principal, locale, search] = await Promise.all([staffPage("/staff/admin/stores", "ADMIN", "AUDITOR"), getLocale(), searchParams]);
  const t = storeConsoleTexts[locale];
  const readOnly = principal.role !== "ADMIN";
  const asked = queryText(search.round, 64);
  const rounds = await db().round.findMany({ orderBy: { orderOpensAt: "desc" }, take: 50, select: { id: true, name: true } });
  const roundId = (asked && recordId().safeParse(asked).success && rounds.some((r) => r.id === asked) ? asked : null) ?? (await getCurrentRound())?.round.id ?? null;
  const [byChain, over] = roundId ? await Promise.all([supplyByChain(roundId), oversubscribedStores(roundId)]) : [[], { stores: [], total: 0 }];
  const chains = await db().chain.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
  const chainName = (id: string) => {
    const c = chains.find((x) => x.id === id);
    return c ? (locale === "en" ? c.nameEn : c.nameZh) : id;
  };
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {readOnly && <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{consoleTexts[locale].readOnly}</p>}

      <section aria-labelledby="import-heading" className={card}>
        <h2 id="import-heading" className="text-xl font-bold">{t.import.heading}</h2>
        <p>{t.import.intro} <code className="break-all">{STORE_CSV_COLUMNS.join(",")}</code></p>
        <p className="text-sm text-slate-700">{t.import.centreHint}</p>
        <ActionForm action={importStoresAction} submit={t.import.submit} busy={t.import.busy} readOnly={readOnly} testId="import-form">
          <label htmlFor="csv" className="block font-semibold">{t.import.file}</label>
          <input id="csv" name="csv" type="file" accept=".csv,text/csv" required className={input} />
        </ActionForm>
      </section>

      {!roundId ? <p>{t.noRound}</p> : (
        <>
          <form method="get" className="flex flex-wrap items-end gap-2">
            <label className="font-semibold">{t.round}
              <select name="round" defaultValue={roundId} className={input}>
                {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
              </select>
            </label>
            <button className="min-h-11 rounded-md border border-blue-700 bg-white px-4 font-semibold text-blue-700">{t.show}</button>
          </form>

          <div className="grid gap-4 md:grid-cols-2">
            <section aria-labelledby="supply-heading" className={card}>
              <h2 id="supply-heading" className="text-xl font-bold">{t.supply.heading}</h2>
              <ActionForm action={setSupplyAction} submit={t.supply.submit} busy={t.supply.submit} readOnly={readOnly} testId="supply-form">
                <input type="hidden" name="roundId" value={roundId} />
                <label htmlFor="supply-storeCode" className="block font-semibold">{t.supply.store}</label>
                <input id="supply-storeCode" name="storeCode" required maxLength={16} autoComplete="off" className={`${input} font-mono uppercase`} />
                <label htmlFor="supply-packs" className="block font-semibold">{t.supply.packs}</label>
                <input id="supply-packs" name="packs" type="number" min={0} required inputMode="numeric" className={input} />
              </ActionForm>
            </section>
            <section aria-labelledby="spread-heading" className={card}>
              <h2 id="spread-heading" className="text-xl font-bold">{t.spread.heading}</h2>
              <p className="text-sm text-slate-700">{t.spread.intro}</p>
              <ActionForm action={spreadSupplyAction} submit={t.spread.submit} busy={t.spread.submit} readOnly={readOnly} testId="spread-form">
                <input type="hidden" name="roundId" value={roundId} />
                <label htmlFor="spread-chain" className="block font-semibold">{t.spread.chain}</label>
                <select id="spread-chain" name="chainId" className={input}>
                  {CHAIN_CODES.map((c) => <option key={c} value={c}>{chainName(c)}</option>)}
                </select>
                <label htmlFor="spread-packs" className="block font-semibold">{t.spread.packs}</label>
                <input id="spread-packs" name="packs" type="number" min={0} required inputMode="numeric" className={input} />
              </ActionForm>
            </section>
          </div>

          <section aria-labelledby="overview-heading" className={card}>
            <h2 id="overview-heading" className="text-xl font-bold">{t.overview.heading}</h2>
            <table className="w-full border-collapse text-left text-sm" data-testid="supply-by-chain">
              <thead><tr className="border-b border-slate-400"><th className="py-2 pr-2">{t.overview.chain}</th><th className="pr-2 text-right">{t.overview.stores}</th><th className="pr-2 text-right">{t.overview.supply}</th><th className="text-right">{t.overview.demand}</th></tr></thead>
              <tbody>
                {byChain.map((c) => (
                  <tr key={c.chainId} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-2 font-normal">{chainName(c.chainId)}</th>
                    <td className="pr-2 text-right font-mono">{c.stores.toLocaleString("en")}</td>
                    <td className="pr-2 text-right font-mono">{c.supply.toLocaleString("en")}</td>
                    <td className={`text-right font-mono ${c.demand > c.supply ? "font-bold text-red-800" : ""}`}>{c.demand.toLocaleString("en")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="over-heading" className={card}>
            <h2 id="over-heading" className="text-xl font-bold">{t.over.heading}</h2>
            <p className="text-sm text-slate-700">{t.over.intro}</p>
            {over.stores.length === 0 ? <p>{t.over.none}</p> : (
              <>
                {over.total > over.stores.length && <p>{t.over.more(over.stores.length, over.total)}</p>}
                {/* Cards, not a wide table: readable on a phone without scrolling sideways. */}
                <ul className="divide-y divide-slate-200" data-testid="oversubscribed">
                  {over.stores.map((s) => (
                    <li key={s.code} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                      <span><span className="font-semibold">{locale === "en" ? s.nameEn : s.name}</span> <span className="font-mono text-sm">{s.code}</span><br /><span className="text-sm text-slate-700">{chainName(s.chainId)} · {s.county}{s.town}</span></span>
                      <span className="font-mono text-sm">{t.over.supply} {s.supply} · {t.over.demand} {s.demand} · <strong className="text-red-800">{t.over.excess} +{s.demand - s.supply}</strong></span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
