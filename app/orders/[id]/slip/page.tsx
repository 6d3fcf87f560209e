import { notFound } from "next/navigation";
import { z } from "zod";
import { citizenPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { dayFromDb } from "@/lib/db/days";
import { getLocale } from "@/lib/i18n/get-locale";
import { defineMessages } from "@/lib/i18n/define";
import { formatDay } from "@/lib/i18n/format";
import { maskIdNumber, maskName } from "@/lib/people/mask";
import { pickupCodeFor } from "@/lib/payments/pickup-code";
import { PickupCode } from "@/components/orders/pickup-code";
import { PrintButton } from "@/components/orders/print-button";
import { recordId } from "@/lib/validation/fields";
import { orderReference } from "@/lib/orders/reference";
import { storeAddress, storeName } from "@/lib/stores/display";

export const dynamic = "force-dynamic";

const texts = defineMessages({
  "zh-TW": { title: "取貨單", reference: "訂單編號", chain: "超商", orderer: "訂購人", store: "取貨門市", window: "取貨期間", code: "取貨碼", bring: "請攜帶訂購人本人的身分證、健保卡或駕照擇一（代領者請攜帶訂購人的證件）。", print: "列印取貨單" },
  en: { title: "Pickup slip", reference: "Order reference", chain: "Chain", orderer: "Orderer", store: "Pickup store", window: "Pickup window", code: "Pickup code", bring: "Bring the orderer's ID card, NHI card or driver's licence (a proxy brings the orderer's).", print: "Print the slip" },
});

/** R4: a printable pickup slip (code, QR, store, window) for a paid order of mine. */
export default async function SlipPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [who, locale] = await Promise.all([citizenPage(`/orders/${id}/slip`), getLocale()]);
  const orderId = recordId().safeParse(id);
  if (!orderId.success) notFound();
  const order = await db().order.findFirst({
    where: { id: orderId.data, personId: who.personId, status: "PAID" },
    select: { id: true, person: { select: { name: true, idNumber: true } }, store: { select: { chainId: true, name: true, nameEn: true, address: true, addressEn: true, chain: { select: { nameZh: true, nameEn: true } } } }, round: { select: { pickupStart: true, pickupEnd: true } } },
  });
  if (!order) notFound();
  const t = texts[locale];
  const day = (d: Date) => formatDay(dayFromDb(d), locale);
  return (
    <div className="mx-auto max-w-md space-y-4 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t.reference}</dt><dd className="font-mono font-semibold" data-testid="slip-reference">{orderReference(order.id)}</dd>
        <dt className="font-semibold">{t.orderer}</dt><dd>{maskName(order.person.name)} ({maskIdNumber(order.person.idNumber)})</dd>
        <dt className="font-semibold">{t.store}</dt><dd><span data-testid="slip-chain">{locale === "en" ? order.store.chain.nameEn : order.store.chain.nameZh}</span> {storeName(order.store, locale)}<br />{storeAddress(order.store, locale)}</dd>
        <dt className="font-semibold">{t.window}</dt><dd>{day(order.round.pickupStart)} – {day(order.round.pickupEnd)}</dd>
      </dl>
      <PickupCode code={pickupCodeFor(order.id)} label={t.code} />
      <p>{t.bring}</p>
      <PrintButton label={t.print} />
    </div>
  );
}
