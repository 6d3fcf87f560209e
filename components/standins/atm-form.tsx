import { FieldError, fieldErrorId, invalidProps } from "@/components/forms/field-error";

type Texts = { account: string; accountHint: string; amount: string; transfer: string; errorPrefix: string };

/**
 * The stand-in ATM's form (issue 9 item 8): an error about the account or the amount is shown by
 * its field, GOV.UK style. A server component posting a server action, so it works without
 * JavaScript; the page hands it the action, so the action stays registered with the page that owns it.
 */
export function AtmForm({ action, t, account, amount, errors }: {
  action: (formData: FormData) => Promise<void>;
  t: Texts;
  account: string;
  amount: string;
  errors: { account: string | null; amount: string | null };
}) {
  const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 font-mono text-lg focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";
  return (
    <form action={action} className="space-y-4">
      <div>
        <label htmlFor="atm-account" className="block font-semibold">{t.account}</label>
        <p id="atm-account-hint" className="text-sm text-slate-700">{t.accountHint}</p>
        <FieldError id="atm-account" message={errors.account} prefix={t.errorPrefix} />
        <input
          id="atm-account" name="account" defaultValue={account} inputMode="numeric" autoComplete="off" className={field}
          {...invalidProps("atm-account", errors.account)}
          aria-describedby={errors.account ? `atm-account-hint ${fieldErrorId("atm-account")}` : "atm-account-hint"}
        />
      </div>
      <div>
        <label htmlFor="atm-amount" className="block font-semibold">{t.amount}</label>
        <FieldError id="atm-amount" message={errors.amount} prefix={t.errorPrefix} />
        <input id="atm-amount" name="amount" defaultValue={amount} inputMode="numeric" autoComplete="off" className={field} {...invalidProps("atm-amount", errors.amount)} />
      </div>
      <button className="min-h-11 w-full rounded-md bg-green-800 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-green-800">{t.transfer}</button>
    </form>
  );
}
