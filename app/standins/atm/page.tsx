import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { standinError, standinTexts } from "@/lib/payments/standin-texts";
import { ErrorSummary } from "@/components/forms/error-summary";
import { errorSummaryTexts } from "@/lib/orders/journey-texts";
import { AtmForm } from "@/components/standins/atm-form";
import { atmTransferAction } from "@/app/standins/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: standinTexts[await getLocale()].atmTitle };
}

type Search = Record<"account" | "amount" | "error" | "done", string | string[] | undefined>;

/**
 * Demo stand-in for an ATM transfer to an order's virtual account, in the page's language. An error
 * about the account or the amount is shown GOV.UK style (summary + by the field); one about the
 * transfer as a whole (a deadline passed, a failure) as an alert.
 */
export default async function AtmPage({ searchParams }: { searchParams: Promise<Search> }) {
  if (!env().local) notFound();
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const t = standinTexts[locale];
  const summary = errorSummaryTexts(locale);
  const account = queryText(raw.account, 40) ?? "";
  const amount = queryText(raw.amount, 20) ?? "22";
  const done = queryText(raw.done, 8);
  const error = standinError(locale, queryText(raw.error, 40));
  const byField = { account: error?.field === "account" ? error.message : null, amount: error?.field === "amount" ? error.message : null };
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-8">
      <ErrorSummary title={summary.title} errors={error?.field ? [{ field: `atm-${error.field}`, message: error.message }] : []} />
      <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-900">{t.atmBanner}</p>
      <h1 className="text-2xl font-bold">{t.atmTitle}</h1>
      {done && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.done}</p>}
      {error && !error.field && <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error.message}</p>}
      <AtmForm
        action={atmTransferAction}
        t={{ account: t.account, accountHint: t.accountHint, amount: t.amount, transfer: t.transfer, errorPrefix: summary.prefix }}
        account={account}
        amount={amount}
        errors={byField}
        // A new error (or a new typed value) re-mounts the form, so its fields show what came back.
        key={`${error?.field ?? ""}:${account}:${amount}`}
      />
    </div>
  );
}
