import { notFound } from "next/navigation";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { consoleTexts } from "@/lib/console/texts";
import { chooseRound, uuidParam } from "@/lib/console/rounds";
import { centrePickList, storePickList } from "@/lib/exports/pick-list-view";

export const dynamic = "force-dynamic";

/** Issue 10 item 5: a printable pick list — a centre's stores with packs to ship, or a store's order references. */
export default async function PickListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await staffPage("/staff/admin/exports", "ADMIN", "AUDITOR");
  const [locale, sp] = await Promise.all([getLocale(), searchParams]);
  const t = consoleTexts[locale];
  const { round } = await chooseRound(uuidParam(sp.round));
  const centreId = uuidParam(sp.centre);
  const storeId = uuidParam(sp.store);
  if (!round || (!centreId && !storeId)) notFound();
  if (storeId) {
    const s = await storePickList(round.id, storeId);
    if (!s) notFound();
    return (
      <main className="mx-auto max-w-4xl space-y-4 px-4 py-8 print:p-0">
        <h1 className="text-2xl font-bold">{t.exports.printTitle(`${s.store.code} ${s.store.name}`)}</h1>
        <p>{round.name} · {s.store.logisticsCentre.name} · {s.store.address}</p>
        <p className="text-lg font-semibold" data-testid="store-packs">{t.exports.packs}: {s.orderIds.length}</p>
        <h2 className="font-semibold">{t.exports.orderRefs}</h2>
        <ol className="grid list-decimal gap-x-8 pl-8 font-mono text-sm sm:grid-cols-2" data-testid="order-refs">
          {s.orderIds.map((id) => <li key={id}>{id}</li>)}
        </ol>
        <p className="text-sm text-slate-700 print:hidden">{t.exports.printHint}</p>
      </main>
    );
  }
  const c = await centrePickList(round.id, centreId!);
  if (!c) notFound();
  const total = c.stores.reduce((n, s) => n + s.packs, 0);
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-8 print:p-0">
      <h1 className="text-2xl font-bold">{t.exports.printTitle(`${c.centre.chainId} ${c.centre.name}`)}</h1>
      <p>{round.name} · <span data-testid="centre-total">{t.exports.totalPacks(total)}</span></p>
      <table className="w-full border-collapse text-left text-sm" data-testid="centre-stores">
        <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3">{t.batches.store}</th><th scope="col" className="pr-3">{t.openData.address}</th><th scope="col" className="text-right">{t.exports.packs}</th></tr></thead>
        <tbody>{c.stores.map((s) => <tr key={s.id} className="border-b border-slate-200"><td className="py-2 pr-3">{s.code} {s.name}</td><td className="pr-3">{s.address}</td><td className="text-right font-mono">{s.packs}</td></tr>)}</tbody>
      </table>
      <p className="text-sm text-slate-700 print:hidden">{t.exports.printHint}</p>
    </main>
  );
}
