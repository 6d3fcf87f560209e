import { ownEntry } from "@/lib/http/page-params";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { authTexts } from "@/lib/auth/texts";
import { listStaffAccounts } from "@/lib/staff/accounts";
import { accountTexts } from "@/lib/staff/account-texts";
import { consoleTexts } from "@/lib/staff/console-texts";
import { STAFF_ROLES } from "@/lib/staff/schemas";
import { EnrolmentForm } from "@/components/admin/enrolment-form";
import { changeStaffRoleAction, createStaffAction, resetStaffAction, setStaffActiveAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: accountTexts[await getLocale()].title };
}

const input = "mt-1 block min-h-11 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700 disabled:bg-slate-100";
const smallButton = "min-h-11 rounded-md border border-slate-500 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/**
 * Issue 10 item 7: staff accounts — create (one-time password + authenticator QR), deactivate or
 * reactivate, reset, change role. Auditors see the list with every control disabled; nobody gets
 * controls over their own account.
 */
export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ done?: string; error?: string }> }) {
  const [principal, locale, search] = await Promise.all([staffPage("/staff/admin/accounts", "ADMIN", "AUDITOR"), getLocale(), searchParams]);
  const t = accountTexts[locale];
  const roles = authTexts[locale].staffHome.roles;
  const readOnly = principal.role !== "ADMIN";
  const accounts = await listStaffAccounts();
  const done = search.done === "deactivate" || search.done === "reactivate" || search.done === "role" ? t.done[search.done] : null;
  const error = search.error ? (ownEntry(t.errors, search.error) ?? t.errors.VALIDATION!) : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {readOnly && <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{consoleTexts[locale].readOnly}</p>}
      {done && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{done}</p>}
      {error && <p role="alert" aria-label={error} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error}</p>}

      <section aria-labelledby="create-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="create-heading" className="text-xl font-bold">{t.create.heading}</h2>
        <EnrolmentForm action={createStaffAction} t={t} submit={t.create.submit} busy={t.create.busy} readOnly={readOnly} testId="create-account">
          <label className="block font-semibold">{t.create.username}
            <input name="username" required maxLength={64} autoComplete="off" autoCapitalize="none" className={`${input} font-mono`} />
          </label>
          <label className="block font-semibold">{t.create.displayName}
            <input name="displayName" required maxLength={100} autoComplete="off" className={input} />
          </label>
          <label className="block font-semibold">{t.create.role}
            <select name="role" className={input} defaultValue="CLERK">
              {STAFF_ROLES.map((r) => <option key={r} value={r}>{roles[r]}</option>)}
            </select>
          </label>
          <label className="block font-semibold">{t.create.store}
            <input name="storeCode" maxLength={16} autoComplete="off" className={`${input} font-mono uppercase`} />
          </label>
        </EnrolmentForm>
      </section>

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-bold">{t.list.heading}</h2>
        <ul className="space-y-3" data-testid="accounts">
          {accounts.map((a) => {
            const self = a.id === principal.staffId;
            return (
              <li key={a.id} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" data-testid={`account-${a.username}`}>
                <p className="flex flex-wrap items-baseline gap-x-3">
                  <span className="font-mono font-semibold">{a.username}</span>
                  <span>{a.displayName}</span>
                  <span className="text-sm">{roles[a.role]}</span>
                  <span className={`text-sm font-semibold ${a.active ? "text-green-800" : "text-red-800"}`} data-testid="account-state">{a.active ? t.list.active : t.list.inactive}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {t.list.totp}: {a.totpEnrolledAt ? t.list.enrolled : t.list.missing}
                  {a.store && <> · {t.list.store}: {locale === "en" ? a.store.nameEn : a.store.name} ({a.store.code})</>}
                </p>
                {!self && (
                  <div className="flex flex-wrap items-start gap-3">
                    <form action={setStaffActiveAction}>
                      <fieldset disabled={readOnly}>
                        <input type="hidden" name="staffId" value={a.id} />
                        <input type="hidden" name="active" value={a.active ? "false" : "true"} />
                        <button className={smallButton}>{a.active ? t.deactivate : t.reactivate}</button>
                      </fieldset>
                    </form>
                    <form action={changeStaffRoleAction} className="flex flex-wrap items-end gap-2">
                      <fieldset disabled={readOnly} className="flex flex-wrap items-end gap-2">
                        <input type="hidden" name="staffId" value={a.id} />
                        <label className="text-sm font-semibold">{t.create.role}
                          <select name="role" defaultValue={a.role} className={input}>
                            {STAFF_ROLES.map((r) => <option key={r} value={r}>{roles[r]}</option>)}
                          </select>
                        </label>
                        <label className="text-sm font-semibold">{t.create.store}
                          <input name="storeCode" defaultValue={a.store?.code ?? ""} maxLength={16} className={`${input} font-mono uppercase`} />
                        </label>
                        <button className={smallButton}>{t.changeRole}</button>
                      </fieldset>
                    </form>
                    <EnrolmentForm action={resetStaffAction} t={t} submit={t.reset} busy={t.resetBusy} readOnly={readOnly}>
                      <input type="hidden" name="staffId" value={a.id} />
                    </EnrolmentForm>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
