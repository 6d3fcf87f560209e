/**
 * Chain → county → town → search, as a plain GET form: it works without JavaScript, the URL can be
 * shared or bookmarked, and the server renders the matching stores.
 */
type T = { step1: string; step2: string; chain: string; anyChain: string; county: string; anyCounty: string; town: string; anyTown: string; search: string; filter: string };
type Props = {
  t: T;
  chains: { id: string; name: string }[];
  counties: string[];
  towns: string[];
  current: { chain?: string; county?: string; town?: string; q?: string };
};

const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";

export function StoreFilter({ t, chains, counties, towns, current }: Props) {
  return (
    <form method="get" action="/order" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <fieldset>
        <legend className="font-bold">{t.step1}</legend>
        <label className="mt-2 block">
          {t.chain}
          <select name="chain" defaultValue={current.chain ?? ""} className={field}>
            <option value="">{t.anyChain}</option>
            {chains.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-bold">{t.step2}</legend>
        <label className="block">
          {t.county}
          <select name="county" defaultValue={current.county ?? ""} className={field}>
            <option value="">{t.anyCounty}</option>
            {counties.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label className="block">
          {t.town}
          <select name="town" defaultValue={current.town ?? ""} className={field} disabled={towns.length === 0}>
            <option value="">{t.anyTown}</option>
            {towns.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </fieldset>
      <label className="block">
        {t.search}
        <input type="search" name="q" defaultValue={current.q ?? ""} maxLength={50} className={field} />
      </label>
      <button type="submit" className="min-h-11 rounded-md border border-blue-700 bg-white px-4 font-semibold text-blue-800 hover:bg-blue-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        {t.filter}
      </button>
    </form>
  );
}
