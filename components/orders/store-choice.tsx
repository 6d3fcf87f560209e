import { FieldError } from "@/components/forms/field-error";

/**
 * Step 3: one radio per store, then "next" to check the order (a GET to /order/check carrying only
 * the store's id — no ID number or password). No `required`: a missing choice comes back from the
 * server as an error in the page's language, by the field (issue 9 item 2), not a browser bubble.
 */
type Store = { id: string; code: string; name: string; address: string; chainName: string; hasSupply: boolean | null; km: string | null };
type T = {
  step3: string; noStores: string; noSupply: string; supplyYes: string; next: string; storeNumber: string; errorPrefix: string;
  resultsCount: (n: number) => string; resultsCapped: (n: number) => string; nearResults: string; km: (km: string) => string;
};

export function StoreChoice({ t, stores, error, near, capped }: { t: T; stores: Store[]; error: string | null; near: boolean; capped: boolean }) {
  if (stores.length === 0) return <p className="rounded-md bg-slate-100 p-4" data-testid="no-stores">{t.noStores}</p>;
  return (
    <form method="get" action="/order/check" className="space-y-4" noValidate>
      <fieldset id="store-list" tabIndex={-1} aria-invalid={error ? true : undefined} aria-describedby={error ? "store-list-error" : "store-count"}>
        <legend className="text-lg font-bold">{t.step3}</legend>
        <p id="store-count" className="text-sm text-slate-700" data-testid="store-count">
          {t.resultsCount(stores.length)}{near ? ` · ${t.nearResults}` : ""}{capped ? ` ${t.resultsCapped(stores.length)}` : ""}
        </p>
        <FieldError id="store-list" message={error} prefix={t.errorPrefix} />
        <ul className={`mt-2 divide-y divide-slate-200 rounded-lg border bg-white ${error ? "border-4 border-red-700" : "border-slate-300"}`}>
          {stores.map((s) => (
            <li key={s.id}>
              <label className={`flex min-h-11 cursor-pointer items-start gap-3 p-3 ${s.hasSupply === false ? "text-slate-600" : ""}`} data-testid="store-option">
                <input type="radio" name="storeId" value={s.id} disabled={s.hasSupply === false} className="mt-1 h-5 w-5 accent-blue-700" />
                <span>
                  <span className="block text-sm font-semibold text-slate-700" data-testid="store-chain">{s.chainName}</span>
                  <span className="block font-semibold" data-testid="store-name">{s.name}</span>
                  <span className="block text-sm" data-testid="store-address">{s.address}</span>
                  <span className="block text-sm text-slate-700">
                    {t.storeNumber} {s.code}
                    {s.km !== null && ` · ${t.km(s.km)}`}
                    {" · "}
                    {s.hasSupply === false ? <span className="font-semibold text-red-800">{t.noSupply}</span> : <span data-testid="store-supply">{t.supplyYes}</span>}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="min-h-11 w-full rounded-md bg-blue-700 px-4 text-lg font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 sm:w-auto">
        {t.next}
      </button>
    </form>
  );
}
