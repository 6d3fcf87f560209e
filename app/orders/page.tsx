import Link from "next/link";
import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { dayFromDb } from "@/lib/db/days";
import { compareDays, dayInTaipei } from "@/lib/rules";
import { today as clockToday } from "@/lib/clock";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { nextPurchaseFor } from "@/lib/orders/next-purchase";
import { statusTexts } from "@/lib/orders/status-texts";
import { endedAs, isActive, orderTimeline } from "@/lib/orders/progress";
import { orderReference } from "@/lib/orders/reference";
import { roundName, storeAddress, storeName } from "@/lib/stores/display";
import { pickupCodeFor } from "@/lib/payments/pickup-code";
import { PickupCode } from "@/components/orders/pickup-code";
import { OrderTimeline } from "@/components/orders/order-timeline";

export const dynamic = "force-dynamic";

/**
 * My orders: each with its reference, chain and store, a timeline true to today's date, and — once
 * it has ended — what that means and what the person may do next under the 7-day rule (issue 9 item 5).
 */
export default async function MyOrdersPage({ searchParams }: { searchParams: Promise<{ placed?: string; paid?: string }> }) {
  const [who, locale, { placed, paid }] = await Promise.all([citizenPage("/orders"), getLocale(), searchParams]);
  const t = statusTexts[locale];
  const [orders, next] = await Promise.all([listMyOrders(who.personId), nextPurchaseFor(who.personId)]);
  const today = clockToday();
  const fmt = (d: string) => formatDay(d, locale);
  const day = (d: Date) => fmt(dayFromDb(d));
  const link = "inline-flex min-h-11 items-center font-semibold text-blue-700 underline";
  const active = orders.find((o) => isActive(o.status));
  // S1–S6: the first day they may buy again, or — with nothing on the ledger — a word about the order on its way.
  const mayBuy = next.from && compareDays(next.from, today) > 0 ? t.mayBuyFrom(fmt(next.from)) : t.mayBuyNow;
  const banner = next.from && next.latest
    ? t.nextPurchase(fmt(next.from), fmt(next.latest.day), t.channels[next.latest.channel])
    : active ? t.activeOrder(day(active.round.pickupStart)) : t.noPurchase;
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {placed && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.placedBanner}</p>}
      {paid && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.paidBanner}</p>}
      <p className="rounded-md bg-blue-50 p-3 text-blue-950" data-testid="next-purchase">{banner}</p>
      {orders.length === 0 && <p>{t.none} <Link href="/order" className={link}>{t.startOrder}</Link></p>}
      <ul className="space-y-4">
        {orders.map((o) => {
          const s = t.status[o.status];
          const ended = endedAs(o.status);
          const purchaseDay = day(o.ledgerEntry?.effectiveDay ?? o.round.pickupStart);
          const steps = orderTimeline(o.status, {
            orderOpensOn: dayInTaipei(o.round.orderOpensAt), orderClosesOn: dayFromDb(o.round.orderClosesOn), resultsOn: dayFromDb(o.round.resultsOn),
            paymentDeadline: dayFromDb(o.round.paymentDeadline), pickupStart: dayFromDb(o.round.pickupStart), pickupEnd: dayFromDb(o.round.pickupEnd),
          }, today);
          return (
            <li key={o.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="order">
              <p className="text-lg font-bold" data-testid="order-status">{s.label}</p>
              <p className="text-sm">{t.reference}: <span className="font-mono font-semibold" data-testid="order-ref">{orderReference(o.id)}</span></p>
              <OrderTimeline steps={steps} t={t.timeline} day={fmt} />
              {ended ? (
                <div className="mt-2 space-y-1" data-testid="order-ended">
                  <p>{ended === "forfeited" || ended === "collected" ? t.ended[ended](purchaseDay) : t.ended[ended]}</p>
                  <p className="font-semibold" data-testid="may-buy">{mayBuy}</p>
                </div>
              ) : (
                <p className="mt-2">{s.next(day(o.round.paymentDeadline), day(o.round.pickupStart), day(o.round.pickupEnd))}</p>
              )}
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
                <dt className="font-semibold">{t.round}</dt><dd>{roundName(o.round, locale)}</dd>
                <dt className="font-semibold">{t.chain}</dt><dd data-testid="order-chain">{locale === "en" ? o.store.chain.nameEn : o.store.chain.nameZh}</dd>
                <dt className="font-semibold">{t.store}</dt><dd>{storeName(o.store, locale)} · {storeAddress(o.store, locale)}</dd>
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
