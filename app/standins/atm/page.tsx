import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { atmTransferAction } from "@/app/standins/actions";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { standinError, standinTexts } from "@/lib/payments/standin-texts";
import { ErrorSummary, FieldError, invalidProps } from "@/components/forms/error-summary";

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
  const account = queryText(raw.account, 40) ?? "";
  const amount = queryText(raw.amount, 20) ?? "22";
  const done = queryText(raw.done, 8);
  const error = standinError(locale, queryText(raw.error, 40));
  const byField = { account: error?.field === "account" ? error.message : null, amount: error?.field === "amount" ? error.message : null };
  const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 font-mono text-lg focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-8">
      <ErrorSummary title={t.errorTitle} errors={error?.field ? [{ field: `atm-${error.field}`, message: error.message }] : []} />
      <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-900">{t.atmBanner}</p>
      <h1 className="text-2xl font-bold">{t.atmTitle}</h1>
      {done && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.done}</p>}
      {error && !error.field && <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error.message}</p>}
      <form action={atmTransferAction} className="space-y-4">
        <div>
          <label htmlFor="atm-account" className="block font-semibold">{t.account}</label>
          <p id="atm-account-hint" className="text-sm text-slate-700">{t.accountHint}</p>
          <FieldError id="atm-account" message={byField.account} prefix={t.errorPrefix} />
          <input
            id="atm-account" name="account" defaultValue={account} inputMode="numeric" autoComplete="off" className={field}
            {...invalidProps("atm-account", byField.account)}
            aria-describedby={byField.account ? "atm-account-hint atm-account-error" : "atm-account-hint"}
          />
        </div>
        <div>
          <label htmlFor="atm-amount" className="block font-semibold">{t.amount}</label>
          <FieldError id="atm-amount" message={byField.amount} prefix={t.errorPrefix} />
          <input id="atm-amount" name="amount" defaultValue={amount} inputMode="numeric" autoComplete="off" className={field} {...invalidProps("atm-amount", byField.amount)} />
        </div>
        <button className="min-h-11 w-full rounded-md bg-green-800 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-green-800">{t.transfer}</button>
      </form>
    </div>
  );
}
