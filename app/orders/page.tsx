import Link from "next/link";
import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { dayFromDb } from "@/lib/db/days";
import { dayInTaipei } from "@/lib/rules";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { nextPurchaseFor } from "@/lib/orders/next-purchase";
import { statusTexts } from "@/lib/orders/status-texts";
import { pickupCodeFor } from "@/lib/payments/pickup-code";
import { PickupCode } from "@/components/orders/pickup-code";
import { OrderTimeline } from "@/components/orders/order-timeline";

export const dynamic = "force-dynamic";

export default async function MyOrdersPage({ searchParams }: { searchParams: Promise<{ placed?: string; paid?: string }> }) {
  const [who, locale, { placed, paid }] = await Promise.all([citizenPage("/orders"), getLocale(), searchParams]);
  const t = statusTexts[locale];
  const [orders, next] = await Promise.all([listMyOrders(who.personId), nextPurchaseFor(who.personId)]);
  const day = (d: Date) => formatDay(dayFromDb(d), locale);
  const link = "inline-flex min-h-11 items-center font-semibold text-blue-700 underline";
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {placed && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.placedBanner}</p>}
      {paid && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.paidBanner}</p>}
      <p className="rounded-md bg-blue-50 p-3 text-blue-950" data-testid="next-purchase">
        {next.from && next.latest ? t.nextPurchase(formatDay(next.from, locale), formatDay(next.latest.day, locale), t.channels[next.latest.channel]) : t.noPurchase}
      </p>
      {orders.length === 0 && <p>{t.none} <Link href="/order" className={link}>{t.startOrder}</Link></p>}
      <ul className="space-y-4">
        {orders.map((o) => {
          const s = t.status[o.status];
          return (
            <li key={o.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="order">
              <p className="text-lg font-bold" data-testid="order-status">{s.label}</p>
              <OrderTimeline status={o.status} t={t.timeline} />
              <p className="mt-1">{s.next(day(o.round.paymentDeadline), day(o.round.pickupStart), day(o.round.pickupEnd))}</p>
              {o.status === "SELECTED" && (
                <p className="mt-2">
                  {t.paymentCode}: <span className="font-mono" data-testid="payment-code">{o.paymentCode}</span>{" "}
                  <Link href={`/orders/${o.id}/pay`} className={link}>{t.pay}</Link>
                </p>
              )}
              {o.status === "PAID" && (
                <>
                  <PickupCode code={pickupCodeFor(o.id)} label={t.pickupCode} />
                  <Link href={`/orders/${o.id}/slip`} className={link}>{t.slip}</Link>
                </>
              )}
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-semibold">{t.round}</dt><dd>{o.round.name}</dd>
                <dt className="font-semibold">{t.store}</dt><dd>{locale === "en" ? o.store.nameEn : o.store.name} · {o.store.address}</dd>
                <dt className="font-semibold">{t.total}</dt><dd>{formatMoney(o.total, locale)}</dd>
              </dl>
              <details className="mt-2">
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t.history}</summary>
                <ol className="ml-4 list-decimal text-sm">
                  {o.history.map((h, i) => <li key={i}>{t.status[h.toStatus].label} · {formatDay(dayInTaipei(h.at), locale)}</li>)}
                </ol>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
