"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTicketSignIn } from "@/components/auth/use-ticket-sign-in";
import { HelpLine } from "@/components/help-line";
import type { Messages } from "@/lib/i18n/messages";
import type { appTexts } from "@/lib/identity/app-login/texts";
import { alertClass, inputClass, linkClass, postJson, primaryButtonClass, type ApiError } from "./form-styles";
import { ErrorSummary, type FieldErrors } from "@/components/forms/error-summary";
import { FieldError, invalidProps } from "@/components/forms/field-error";
import { idNumberProblem } from "@/lib/validation/id-field";

/** Field errors in the page's language (issue 9 item 2): the ID first, then the password. */
export type LoginFieldTexts = { title: string; prefix: string; messages: Record<"ID_MISSING" | "ID_FORMAT" | "ID_CHECKSUM" | "PASSWORD_MISSING", string> };

type T = (typeof appTexts)["zh-TW"]["login"];

/** ID number + app password → ticket → session (channel APP); a plain POST without JavaScript. */
export function AppLoginForm({
  t,
  shell,
  next,
  reverify,
  initialError = null,
  fieldTexts,
  initialFieldErrors = {},
}: {
  fieldTexts: LoginFieldTexts;
  initialFieldErrors?: { idNumber?: string; password?: string };
  t: T;
  shell: Messages["shell"];
  next: string | null;
  reverify: { phone: string; device: string };
  initialError?: ApiError | null;
}) {
  const signInWithTicket = useTicketSignIn();
  const [error, setError] = useState<ApiError | null>(initialError);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState(initialFieldErrors);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // The ID is checked before anything else is sent; the password only needs to be there.
    const idProblem = idNumberProblem(String(form.get("idNumber") ?? ""));
    const errors = {
      ...(idProblem ? { idNumber: fieldTexts.messages[idProblem] } : {}),
      ...(!form.get("password") ? { password: fieldTexts.messages.PASSWORD_MISSING } : {}),
    };
    setFieldErrors(errors);
    setError(null);
    if (errors.idNumber || errors.password) return;
    setBusy(true);
    setError(null);
    const result = await postJson<{ ticket: string }>(
      "/api/app/login",
      { idNumber: String(form.get("idNumber") ?? ""), password: String(form.get("password") ?? "") },
      t.signInFailed,
    );
    if (result.ok && (await signInWithTicket(result.data.ticket, next ?? "/me"))) return;
    setBusy(false);
    setError(result.ok ? { code: "SIGN_IN_FAILED", message: t.signInFailed } : result.error);
  }

  const summary: FieldErrors = [
    ...(fieldErrors.idNumber ? [{ field: "app-login-id", message: fieldErrors.idNumber }] : []),
    ...(fieldErrors.password ? [{ field: "app-login-password", message: fieldErrors.password }] : []),
    ...(error ? [{ field: "app-login-id", message: error.message }] : []),
  ];
  return (
    // Without JavaScript the form posts to /app/login/submit (issue 7 item 7): never GET.
    <form onSubmit={onSubmit} method="post" action="/app/login/submit" className="space-y-4" noValidate>
      <ErrorSummary title={fieldTexts.title} errors={summary} />
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="app-login-id" className="block font-semibold">{t.idNumber}</label>
        <FieldError id="app-login-id" message={fieldErrors.idNumber} prefix={fieldTexts.prefix} />
        <input id="app-login-id" name="idNumber" autoComplete="username" autoCapitalize="characters" maxLength={20} className={inputClass} {...invalidProps("app-login-id", fieldErrors.idNumber)} />
      </div>
      <div>
        <label htmlFor="app-login-password" className="block font-semibold">{t.password}</label>
        <FieldError id="app-login-password" message={fieldErrors.password} prefix={fieldTexts.prefix} />
        <input id="app-login-password" name="password" type="password" autoComplete="current-password" autoCapitalize="none" maxLength={128} className={inputClass} {...invalidProps("app-login-password", fieldErrors.password)} />
      </div>
      {error && (
        <div className="space-y-2" data-testid="app-login-refusal">
          <p role="alert" aria-label={error.message} data-code={error.code} className={alertClass}>
            {error.message}
          </p>
          <p>{t.forgot}</p>
          <p className="flex flex-wrap gap-x-4">
            <Link href={reverify.phone} className={linkClass}>{t.reverifyPhone}</Link>
            <Link href={reverify.device} className={linkClass}>{t.reverifyDevice}</Link>
          </p>
          <p className="font-semibold">{t.helpHeading}</p>
          <HelpLine m={shell} />
        </div>
      )}
      <button type="submit" disabled={busy} className={primaryButtonClass}>
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}
