import Link from "next/link";
import { notFound } from "next/navigation";
import { citizenPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { dayFromDb } from "@/lib/db/days";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { journeyTexts } from "@/lib/orders/journey-texts";
import { orderReference } from "@/lib/orders/reference";
import { smsTemplates } from "@/lib/notices/templates";
import { storeAddress, storeName } from "@/lib/stores/display";
import { recordId } from "@/lib/validation/fields";
import { PrintButton } from "@/components/orders/print-button";

export const dynamic = "force-dynamic";

/**
 * The confirmation to keep (issue 9 item 4): the order's reference, what happens next and when,
 * and the SMS the person will receive (the real templates, with placeholders for what is not known
 * yet) — real notices were ignored as scams, so knowing the text in advance matters.
 */
export default async function ConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [who, locale] = await Promise.all([citizenPage(`/orders/${id}/confirmation`), getLocale()]);
  const orderId = recordId().safeParse(id);
  if (!orderId.success) notFound();
  const order = await db().order.findFirst({
    where: { id: orderId.data, personId: who.personId },
    select: {
      id: true, total: true,
      store: { select: { chainId: true, name: true, nameEn: true, address: true, addressEn: true, chain: { select: { nameZh: true, nameEn: true } } } },
      round: { select: { resultsOn: true, paymentDeadline: true, pickupStart: true, pickupEnd: true } },
    },
  });
  if (!order) notFound();
  const j = journeyTexts[locale];
  const day = (d: Date) => formatDay(dayFromDb(d), locale);
  const chain = locale === "en" ? order.store.chain.nameEn : order.store.chain.nameZh;
  const store = `${chain} ${storeName(order.store, locale)}`;
  const sms = { amount: order.total, paymentCode: j.smsPlaceholderCode, deadline: dayFromDb(order.round.paymentDeadline), checkCode: j.smsPlaceholderCheck };
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <div className="rounded-lg border-4 border-green-700 bg-green-50 p-4 text-center" role="status">
        <h1 className="text-2xl font-bold text-green-900">{j.confirmTitle}</h1>
        <p className="mt-2">{j.reference}</p>
        <p className="font-mono text-3xl font-bold tracking-wider" data-testid="order-reference">{orderReference(order.id)}</p>
      </div>
      <p>{j.keepReference}</p>
      <p><span className="font-semibold">{store}</span><br />{storeAddress(order.store, locale)}</p>
      <section aria-labelledby="next-heading" className="space-y-2">
        <h2 id="next-heading" className="text-xl font-bold">{j.whatNext}</h2>
        <ol className="ml-5 list-decimal space-y-1">
          <li>{j.stepDraw(day(order.round.resultsOn))}</li>
          <li>{j.stepPay(day(order.round.resultsOn), day(order.round.paymentDeadline), formatMoney(order.total, locale))}</li>
          <li>{j.stepPickup(day(order.round.pickupStart), day(order.round.pickupEnd), store)}</li>
        </ol>
      </section>
      <section aria-labelledby="sms-heading" className="space-y-2">
        <h2 id="sms-heading" className="text-xl font-bold">{j.smsTitle}</h2>
        <p className="font-semibold">{j.smsDrawn}</p>
        <p className="rounded-md bg-slate-100 p-3 text-sm" data-testid="sms-drawn">{smsTemplates.PAYMENT?.(sms)}</p>
        <p className="font-semibold">{j.smsNotDrawn}</p>
        <p className="rounded-md bg-slate-100 p-3 text-sm">{smsTemplates.NOT_SELECTED?.(sms)}</p>
        <p className="text-sm">{j.smsCheck} <Link href="/check" className="font-semibold text-blue-700 underline">/check</Link></p>
      </section>
      <div className="flex flex-wrap gap-3 print:hidden">
        <Link href="/orders" className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800">{j.myOrders}</Link>
        <PrintButton label={j.print} />
      </div>
    </div>
  );
}
