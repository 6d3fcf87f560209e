import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { gatewayPayAction } from "@/app/standins/actions";
import { recordId } from "@/lib/validation/fields";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatMoney } from "@/lib/i18n/format";
import { queryText } from "@/lib/http/page-params";
import { paymentStatusName, standinError, standinTexts } from "@/lib/payments/standin-texts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: standinTexts[await getLocale()].gatewayBanner };
}

/** Demo stand-in for the payment gateway's page (online banking / credit card), in the page's language. */
export default async function GatewayPage({ params, searchParams }: { params: Promise<{ paymentId: string }>; searchParams: Promise<{ error?: string | string[] }> }) {
  if (!env().local) notFound();
  const id = recordId().safeParse((await params).paymentId);
  if (!id.success) notFound();
  const payment = await db().payment.findUnique({ where: { id: id.data }, select: { id: true, amount: true, method: true, status: true } });
  if (!payment) notFound();
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const t = standinTexts[locale];
  const error = standinError(locale, queryText(raw.error, 40));
  const amount = formatMoney(payment.amount, locale);
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-8">
      <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-900">{t.gatewayBanner}</p>
      <h1 className="text-2xl font-bold">{payment.method === "CREDIT_CARD" ? t.cardTitle : t.bankingTitle}</h1>
      <p className="text-lg">{t.amountLine(amount)}</p>
      {error && <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error.message}</p>}
      {payment.status === "PENDING" ? (
        <form action={gatewayPayAction}>
          <input type="hidden" name="paymentId" value={payment.id} />
          <button className="min-h-11 w-full rounded-md bg-green-800 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-green-800">{t.pay(amount)}</button>
        </form>
      ) : (
        <p data-testid="payment-status">{t.statusLine(paymentStatusName(locale, payment.status))}</p>
      )}
    </div>
  );
}
