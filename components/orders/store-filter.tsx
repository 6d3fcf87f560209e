import { AutoSubmit } from "./auto-submit";

/**
 * Chain → county → town → search, as a plain GET form: it works without JavaScript (choose, then
 * "filter"), the URL can be shared or bookmarked, and the server renders the matching stores. With
 * JavaScript a change of chain or county submits at once, so the next picker fills in by itself.
 */
type T = {
  step1: string; step2: string; chain: string; anyChain: string; county: string; anyCounty: string; town: string; anyTown: string;
  search: string; filter: string; chooseCountyFirst: string; searchHint: string;
};
type Option = { value: string; label: string };
type Props = {
  t: T;
  chains: { id: string; name: string }[];
  counties: Option[];
  towns: Option[];
  current: { chain?: string; county?: string; town?: string; q?: string };
};

const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";

export function StoreFilter({ t, chains, counties, towns, current }: Props) {
  return (
    <form method="get" action="/order" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4" data-testid="store-filter">
      <AutoSubmit />
      <fieldset>
        <legend className="font-bold">{t.step1}</legend>
        <label className="mt-2 block" htmlFor="finder-chain">{t.chain}</label>
        <select id="finder-chain" name="chain" defaultValue={current.chain ?? ""} data-initial={current.chain ?? ""} className={field}>
          <option value="">{t.anyChain}</option>
          {chains.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-bold">{t.step2}</legend>
        <div>
          <label htmlFor="finder-county">{t.county}</label>
          <select id="finder-county" name="county" defaultValue={current.county ?? ""} data-initial={current.county ?? ""} className={field}>
            <option value="">{t.anyCounty}</option>
            {counties.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </div>
        <div>
          {towns.length > 0 ? (
            <>
              <label htmlFor="finder-town">{t.town}</label>
              <select id="finder-town" name="town" defaultValue={current.town ?? ""} className={field}>
                <option value="">{t.anyTown}</option>
                {towns.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
              </select>
            </>
          ) : (
            <p className="text-sm text-slate-700" data-testid="town-hint">{t.chooseCountyFirst}</p>
          )}
        </div>
      </fieldset>
      <div>
        <label htmlFor="finder-q">{t.search}</label>
        <p id="finder-q-hint" className="text-sm text-slate-700">{t.searchHint}</p>
        <input id="finder-q" type="search" name="q" aria-describedby="finder-q-hint" defaultValue={current.q ?? ""} maxLength={50} className={field} />
      </div>
      <button type="submit" className="min-h-11 rounded-md border border-blue-700 bg-white px-4 font-semibold text-blue-800 hover:bg-blue-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        {t.filter}
      </button>
    </form>
  );
}
