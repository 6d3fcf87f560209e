import Link from "next/link";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { getCurrentRound } from "@/lib/rounds/current-round";
import { orderPrice, roundPhase } from "@/lib/rules";
import { orderTexts } from "@/lib/orders/texts";
import { journeyTexts } from "@/lib/orders/journey-texts";
import { queryText } from "@/lib/http/page-params";
import { recordId } from "@/lib/validation/fields";
import { db } from "@/lib/db/client";
import { placeName, storeAddress, storeName } from "@/lib/stores/display";
import { placeOrderAction } from "@/app/order/actions";

export const dynamic = "force-dynamic";

/**
 * "Check your answers" (issue 9 item 4): the store (chain, name, address), the masks, the price
 * (15 + 7 = 22, O4), the payment and pickup dates, each with a way to change it; then the POST that
 * places the order. Anything wrong sends the person back to the finder with the error by the field.
 */
export default async function CheckOrderPage({ searchParams }: { searchParams: Promise<{ storeId?: string | string[] }> }) {
  const [who, locale, raw, current] = await Promise.all([citizenPage("/order/check"), getLocale(), searchParams, getCurrentRound()]);
  if (!current || roundPhase(current.round, current.today) !== "ordering") redirect("/order");
  const storeId = recordId().safeParse(queryText(raw.storeId, 40));
  if (!storeId.success) redirect("/order?error=NO_STORE");
  const { round } = current;
  const [existing, store] = await Promise.all([
    db().order.findUnique({ where: { personId_roundId: { personId: who.personId, roundId: round.id } }, select: { id: true } }),
    db().store.findFirst({
      where: { id: storeId.data, active: true },
      select: {
        id: true, code: true, chainId: true, name: true, nameEn: true, county: true, countyEn: true, town: true, townEn: true, address: true, addressEn: true,
        chain: { select: { nameZh: true, nameEn: true } }, supplies: { where: { roundId: round.id }, select: { packs: true } },
      },
    }),
  ]);
  if (existing) redirect("/orders");
  if (!store) redirect("/order?error=UNKNOWN_STORE");
  if ((store.supplies[0]?.packs ?? 0) <= 0) redirect("/order?error=SUPPLY_ZERO");
  const t = orderTexts[locale];
  const j = journeyTexts[locale];
  const day = (d: string) => formatDay(d, locale);
  const money = (n: number) => formatMoney(n, locale);
  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  const changeStore = `/order?${new URLSearchParams({ chain: store.chainId, county: store.county, town: store.town })}`;
  const link = "inline-flex min-h-11 items-center font-semibold text-blue-700 underline";
  const rows: { key: string; label: string; value: React.ReactNode; change?: { href: string; label: string } }[] = [
    {
      key: "store", label: j.rowStore, change: { href: changeStore, label: j.changeStore },
      value: (
        <>
          <span className="block font-semibold">{locale === "en" ? store.chain.nameEn : store.chain.nameZh}</span>
          <span className="block font-semibold">{storeName(store, locale)}</span>
          <span className="block">{storeAddress(store, locale)}</span>
          <span className="block text-sm text-slate-700">{placeName({ zh: store.county, en: store.countyEn ?? store.county }, locale)} · {placeName({ zh: store.town, en: store.townEn ?? store.town }, locale)} · {j.storeNumber} {store.code}</span>
        </>
      ),
    },
    { key: "masks", label: j.rowMasks, value: j.masks(round.masksPerOrder) },
    { key: "price", label: j.rowPrice, value: t.price(round.masksPerOrder, money(round.unitPrice), money(price.goods), money(price.fee), money(price.total)) },
    { key: "results", label: j.rowResults, value: day(round.resultsOn) },
    { key: "pay", label: j.rowPay, value: `${day(round.resultsOn)} – ${day(round.paymentDeadline)}` },
    { key: "pickup", label: j.rowPickup, value: `${day(round.pickupStart)} – ${day(round.pickupEnd)}` },
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{j.checkTitle}</h1>
      <p>{j.checkLead}</p>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white" data-testid="check-answers">
        {rows.map((r) => (
          <div key={r.key} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr_auto]" data-testid={`check-${r.key}`}>
            <dt className="font-semibold">{r.label}</dt>
            <dd>{r.value}</dd>
            {r.change && <dd><Link href={r.change.href} className={link}>{j.change}<span className="sr-only"> {r.change.label}</span></Link></dd>}
          </div>
        ))}
      </dl>
      <form action={placeOrderAction} className="space-y-3">
        <input type="hidden" name="roundId" value={round.id} />
        <input type="hidden" name="storeId" value={store.id} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <p className="text-sm text-slate-700">{t.confirmNote}</p>
        <button type="submit" className="min-h-11 w-full rounded-md bg-blue-700 px-4 text-lg font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 sm:w-auto">
          {j.place}
        </button>
      </form>
    </div>
  );
}
