import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { citizenPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { DRAW_DECISION, orderStatus } from "@/lib/orders/order-state";
import { dayFromDb } from "@/lib/db/days";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { payTexts } from "@/lib/payments/texts";
import { paymentGateway } from "@/lib/payments/gateway";
import { startPaymentAction } from "./actions";
import { recordId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

type Search = { atm?: string; error?: string };

export default async function PayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const [who, locale, search] = await Promise.all([citizenPage(`/orders/${id}/pay`), getLocale(), searchParams]);
  const orderId = recordId().safeParse(id);
  if (!orderId.success) notFound();
  const order = await db().order.findFirst({
    where: { id: orderId.data, personId: who.personId },
    select: { id: true, status: true, channel: true, total: true, round: { select: { paymentDeadline: true } }, ...DRAW_DECISION },
  });
  if (!order) notFound();
  const t = payTexts[locale];
  // ?atm= comes from the URL: anything but a payment id is ignored (issue 7 item 4: it used to reach the query and answer 500).
  const atmId = recordId().safeParse(search.atm);
  const atm = atmId.success ? await db().payment.findFirst({ where: { id: atmId.data, orderId: order.id, method: "ATM" }, select: { virtualAccount: true } }) : null;
  const error = search.error ? (t.errors[search.error as keyof typeof t.errors] ?? t.errors.UNKNOWN) : null;
  const gateway = paymentGateway();
  const methods = order.channel === "APP" ? (["ATM"] as const) : (["ONLINE_BANKING", "CREDIT_CARD", "ATM"] as const);
  return (
    <div className="mx-auto max-w-xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {error && <p role="alert" aria-label={error} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error}</p>}
      {orderStatus(order.status, order.drawEntry) !== "SELECTED" ? (
        <p className="rounded-md bg-slate-100 p-4">{t.notPayable}</p>
      ) : (
        <>
          <p className="text-lg">{t.amount(formatMoney(order.total, locale), formatDay(dayFromDb(order.round.paymentDeadline), locale))}</p>
          {atm?.virtualAccount ? (
            <section aria-labelledby="atm" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
              <h2 id="atm" className="text-lg font-bold">{t.atmTitle}</h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-lg">
                <dt>{t.bank}</dt><dd className="font-mono" data-testid="bank-code">{gateway.bankCode}</dd>
                <dt>{t.account}</dt><dd className="font-mono" data-testid="virtual-account">{atm.virtualAccount.slice(gateway.bankCode.length)}</dd>
              </dl>
              {gateway.standin && <Link href={`/standins/atm?account=${atm.virtualAccount}`} className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline">{t.atmDemo}</Link>}
            </section>
          ) : (
            <form action={startPaymentAction} className="space-y-3">
              <input type="hidden" name="orderId" value={order.id} />
              <fieldset className="space-y-2">
                <legend className="font-bold">{t.choose}</legend>
                {order.channel === "APP" && <p className="text-slate-700">{t.appOnlyAtm}</p>}
                {methods.map((m, i) => (
                  <label key={m} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-3">
                    <input type="radio" name="method" value={m} defaultChecked={i === 0} className="h-5 w-5 accent-blue-700" />
                    {t.methods[m]}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.start}</button>
            </form>
          )}
        </>
      )}
      <Link href="/orders" className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline">{t.back}</Link>
    </div>
  );
}
