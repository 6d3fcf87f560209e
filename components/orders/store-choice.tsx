import { placeOrderAction } from "@/app/order/actions";

/** Step 3 and confirmation: one radio per store, and the confirm button (a server action). */
type Store = { id: string; name: string; address: string; chainName: string; hasSupply: boolean | null };
type T = { step3: string; noStores: string; noSupply: string; confirm: string; confirmNote: string };

export function StoreChoice({ t, stores, roundId, idempotencyKey }: { t: T; stores: Store[]; roundId: string; idempotencyKey: string }) {
  if (stores.length === 0) return <p className="rounded-md bg-slate-100 p-4">{t.noStores}</p>;
  return (
    <form action={placeOrderAction} className="space-y-4">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <fieldset>
        <legend className="text-lg font-bold">{t.step3}</legend>
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {stores.map((s) => (
            <li key={s.id}>
              <label className={`flex min-h-11 cursor-pointer items-start gap-3 p-3 ${s.hasSupply === false ? "text-slate-600" : ""}`}>
                <input type="radio" name="storeId" value={s.id} required disabled={s.hasSupply === false} className="mt-1 h-5 w-5 accent-blue-700" />
                <span>
                  <span className="block font-semibold">{s.chainName} {s.name}</span>
                  <span className="block text-sm">{s.address}</span>
                  {s.hasSupply === false && <span className="block text-sm font-semibold text-red-800">{t.noSupply}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="text-sm text-slate-700">{t.confirmNote}</p>
      <button type="submit" className="min-h-11 w-full rounded-md bg-blue-700 px-4 text-lg font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 sm:w-auto">
        {t.confirm}
      </button>
    </form>
  );
}
