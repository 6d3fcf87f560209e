import Link from "next/link";
import { notFound } from "next/navigation";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { consoleTexts } from "@/lib/console/texts";
import { chooseRound, pageParam, uuidParam } from "@/lib/console/rounds";
import { storeOrders, STORE_PAGE_SIZE } from "@/lib/console/batch-queries";
import { taipeiDateTime } from "@/lib/console/audit-view";

export const dynamic = "force-dynamic";

/** Issue 10 item 3: one store's orders in a round (drill-down), personal data masked (D144). */
export default async function StoreOrdersPage({ params, searchParams }: { params: Promise<{ storeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await staffPage("/staff/admin/batches", "ADMIN", "AUDITOR");
  const [locale, { storeId }, sp] = await Promise.all([getLocale(), params, searchParams]);
  const t = consoleTexts[locale];
  const id = uuidParam(storeId);
  const { round } = await chooseRound(uuidParam(sp.round));
  if (!id || !round) notFound();
  const page = pageParam(sp.page);
  const { store, orders, total } = await storeOrders(round.id, id, page);
  if (!store) notFound();
  const name = `${store.code} ${locale === "en" ? store.nameEn : store.name}`;
  const href = (p: number) => `/staff/admin/batches/${store.id}?round=${round.id}&page=${p}`;
  return (
    <main className="mx-auto max-w-6xl space-y-5 px-4 py-8">
      <p><Link className="text-blue-700 underline" href={`/staff/admin/batches?round=${round.id}&by=store`}>{t.back}</Link></p>
      <h1 className="text-2xl font-bold">{t.batches.storeTitle(name)}</h1>
      <p>{round.name} · {store.county} {store.town} · <span data-testid="store-order-count">{t.batches.storeCount(total)}</span></p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="store-orders">
          <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3">{t.batches.order}</th><th scope="col" className="pr-3">{t.batches.person}</th><th scope="col" className="pr-3">{t.batches.idNumber}</th><th scope="col" className="pr-3">{t.batches.channel}</th><th scope="col" className="pr-3">{t.batches.paymentCode}</th><th scope="col" className="pr-3">{t.batches.placedAt}</th><th scope="col">{t.batches.statusCol}</th></tr></thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id} className="border-b border-slate-200">
                <td className="py-2 pr-3 font-mono">{o.id}</td><td className="pr-3">{o.person}</td><td className="pr-3 font-mono">{o.idNumber}</td>
                <td className="pr-3">{t.batches.channels[o.channel]}</td><td className="pr-3 font-mono">{o.paymentCode ?? "—"}</td>
                <td className="pr-3 font-mono whitespace-nowrap">{taipeiDateTime(o.createdAt)}</td><td>{t.status[o.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex gap-4" aria-label={t.batches.storeCount(total)}>
        {page > 0 && <Link className="text-blue-700 underline" href={href(page - 1)}>{t.batches.prev}</Link>}
        {(page + 1) * STORE_PAGE_SIZE < total && <Link className="text-blue-700 underline" href={href(page + 1)}>{t.batches.next}</Link>}
      </nav>
    </main>
  );
}
