"use client";
import { useActionState, type ReactNode } from "react";
import type { EnrolmentState } from "@/app/staff/admin/accounts/actions";
import type { AccountTexts } from "@/lib/staff/account-texts";

type Props = {
  action: (prev: EnrolmentState, data: FormData) => Promise<EnrolmentState>;
  t: AccountTexts;
  submit: string;
  busy: string;
  readOnly: boolean;
  children?: ReactNode;
  testId?: string;
};

/**
 * Issue 10 item 7: a form whose success is a staff member's one-time sign-in details (new account
 * or reset): the password, the authenticator key and its QR code — shown in this response only;
 * the server keeps the key encrypted and never returns it again (D122).
 */
export function EnrolmentForm({ action, t, submit, busy, readOnly, children, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <div className="space-y-3" data-testid={testId}>
      {state && !state.ok && <p role="alert" aria-label={state.message} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{state.message}</p>}
      {state?.ok && (
        <section aria-label={t.enrolment.heading.replace("{username}", state.enrolment.username)} className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4" data-testid="enrolment">
          <h3 className="font-bold">{t.enrolment.heading.replace("{username}", state.enrolment.username)}</h3>
          <p className="text-sm">{t.enrolment.intro}</p>
          <dl className="space-y-1">
            <dt className="font-semibold">{t.enrolment.password}</dt>
            <dd className="font-mono text-lg break-all" data-testid="enrolment-password">{state.enrolment.password}</dd>
            <dt className="font-semibold">{t.enrolment.secret}</dt>
            <dd className="font-mono break-all" data-testid="enrolment-secret">{state.enrolment.secret}</dd>
          </dl>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG data URL made on the server */}
          <img src={state.enrolment.qr} alt={t.enrolment.qrAlt} width={200} height={200} className="bg-white" />
        </section>
      )}
      <form action={formAction} className="space-y-3">
        <fieldset disabled={readOnly} className="space-y-3">
          {children}
          <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-blue-700 bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
            {pending ? busy : submit}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
