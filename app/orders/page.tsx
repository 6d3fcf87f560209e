import Link from "next/link";
import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { dayFromDb } from "@/lib/db/days";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { statusTexts } from "@/lib/orders/status-texts";

export const dynamic = "force-dynamic";

export default async function MyOrdersPage({ searchParams }: { searchParams: Promise<{ placed?: string }> }) {
  const [who, locale, { placed }] = await Promise.all([citizenPage("/orders"), getLocale(), searchParams]);
  const t = statusTexts[locale];
  const orders = await listMyOrders(who.personId);
  const day = (d: Date) => formatDay(dayFromDb(d), locale);
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {placed && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.placedBanner}</p>}
      {orders.length === 0 && (
        <p>
          {t.none} <Link href="/order" className="font-semibold text-blue-700 underline">{t.startOrder}</Link>
        </p>
      )}
      <ul className="space-y-4">
        {orders.map((o) => {
          const s = t.status[o.status];
          return (
            <li key={o.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="order">
              <p className="text-lg font-bold">{s.label}</p>
              <p className="mt-1">{s.next(day(o.round.paymentDeadline), day(o.round.pickupStart), day(o.round.pickupEnd))}</p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-semibold">{t.round}</dt><dd>{o.round.name}</dd>
                <dt className="font-semibold">{t.store}</dt><dd>{locale === "en" ? o.store.nameEn : o.store.name} · {o.store.address}</dd>
                <dt className="font-semibold">{t.total}</dt><dd>{formatMoney(o.total, locale)}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
