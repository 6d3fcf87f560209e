"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { safeNext } from "@/components/auth/use-ticket-sign-in";
import { HelpLine } from "@/components/help-line";
import type { Messages } from "@/lib/i18n/messages";
import type { phoneTexts } from "@/lib/identity/phone/texts";
import {
  alertClass,
  inputClass,
  linkClass,
  postJson,
  primaryButtonClass,
  secondaryButtonClass,
  type ApiError,
} from "@/components/identity/app/form-styles";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, invalidProps } from "@/components/forms/field-error";
import { idNumberProblem } from "@/lib/validation/id-field";

type T = (typeof phoneTexts)["zh-TW"];
type Network = "MOBILE_DATA" | "WIFI";
type Step = { kind: "form" } | { kind: "unlock" } | { kind: "busy" } | { kind: "done"; password: string; signedIn: boolean };

/**
 * I5 in the app. The demo phone's state (its SIM and network) stands for what the operator sees of
 * the phone's connection, and is sent only to the stand-in operator; the screen-unlock step stands
 * for the OS prompt (PIN, fingerprint, pattern), the phone's own gate before it asks the operator.
 * On success the session starts at once (the ticket lives 2 minutes) and the app password is
 * shown once; "continue" then moves on.
 */
export function PhoneVerifyForm({
  t,
  shell,
  sims,
  next,
  deviceHref,
  fieldTexts,
}: {
  /** Issue 9 item 2: the ID field's own errors, in the page's language. */
  fieldTexts: { title: string; prefix: string; messages: Record<"ID_MISSING" | "ID_FORMAT" | "ID_CHECKSUM", string> };
  t: T;
  shell: Messages["shell"];
  sims: { msisdn: string; label: string }[];
  next: string | null;
  deviceHref: string;
}) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: "form" });
  const [error, setError] = useState<ApiError | null>(null);
  const [idError, setIdError] = useState<string | null>(null);
  const [fields, setFields] = useState({ idNumber: "", phoneNumber: sims[0]?.msisdn ?? "", network: "MOBILE_DATA" as Network });
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (step.kind === "unlock") confirmRef.current?.focus();
  }, [step.kind]);

  function onStart(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const idNumber = String(form.get("idNumber") ?? "").trim();
    setFields({ idNumber, phoneNumber: String(form.get("phoneNumber") ?? ""), network: form.get("network") === "WIFI" ? "WIFI" : "MOBILE_DATA" });
    // The ID number is checked before the phone is asked anything (issue 9 item 2).
    const problem = idNumberProblem(idNumber);
    setError(null);
    setIdError(problem ? fieldTexts.messages[problem] : null);
    if (problem) return;
    setStep({ kind: "unlock" });
  }

  /**
   * Issue 7 item 1: the server takes no claim of the phone's. It issues a nonce for the ID; the
   * phone takes the nonce to the operator over its own connection (in the demo: the stand-in
   * operator, told which SIM and network this demo phone has); the operator's signed assertion is
   * all the server is given.
   */
  async function onUnlocked() {
    setStep({ kind: "busy" });
    const fail = (e: ApiError) => {
      setError(e);
      setStep({ kind: "form" });
    };
    const issued = await postJson<{ nonce: string; idNumber: string; operatorUrl: string }>("/api/app/phone/nonce", { idNumber: fields.idNumber }, t.unexpected);
    if (!issued.ok) return fail(issued.error);
    const connection = { sim: fields.phoneNumber, network: fields.network };
    const asserted = await postJson<{ payload: string; signature: string; keyId: string }>(
      issued.data.operatorUrl,
      { nonce: issued.data.nonce, idNumber: issued.data.idNumber, connection },
      t.unexpected,
    );
    if (!asserted.ok) return fail(asserted.error);
    const result = await postJson<{ ticket: string; appPassword: string }>("/api/app/phone", { assertion: asserted.data }, t.unexpected);
    if (!result.ok) return fail(result.error);
    const signedIn = await signIn("ticket", { ticket: result.data.ticket, redirect: false });
    setStep({ kind: "done", password: result.data.appPassword, signedIn: !!signedIn && !signedIn.error });
  }

  if (step.kind === "done") {
    return (
      <section aria-labelledby="phone-done-heading" className="space-y-3">
        <h2 id="phone-done-heading" className="text-xl font-bold text-green-800">{t.done.heading}</h2>
        <p className="font-semibold">{t.done.passwordLabel}</p>
        <p data-testid="app-password" className="rounded-md border-2 border-slate-800 bg-slate-50 p-3 text-center font-mono text-2xl tracking-widest">
          {step.password}
        </p>
        <p className="text-slate-700">{t.done.note}</p>
        {step.signedIn ? (
          <button
            type="button"
            className={primaryButtonClass}
            onClick={() => {
              router.replace(safeNext(next));
              router.refresh();
            }}
          >
            {t.done.continue}
          </button>
        ) : (
          <>
            <p role="alert" aria-label={t.done.signInFailed} className={alertClass}>{t.done.signInFailed}</p>
            <Link href="/app/login" className={linkClass}>{t.done.login}</Link>
          </>
        )}
      </section>
    );
  }

  return (
    <div className="space-y-4">
      {/* No JavaScript: posts to /no-js, never GET (issue 7 item 7) — the phone must reach the operator. */}
      <form onSubmit={onStart} method="post" action="/no-js?from=/app/phone" className="space-y-4" noValidate>
        {/* Locked while the unlock prompt is up: what is verified is what was there at "start". */}
        <ErrorSummary title={fieldTexts.title} errors={idError ? [{ field: "phone-id", message: idError }] : []} />
        <fieldset disabled={step.kind !== "form"} className="space-y-4">
          <fieldset className="space-y-3 rounded-lg border border-dashed border-slate-500 p-3">
            <legend className="px-1 font-semibold">{t.demoHeading}</legend>
            <p className="text-sm text-slate-700">{t.demoNote}</p>
            <label className="block font-semibold">
              {t.sim}
              <select name="phoneNumber" defaultValue={fields.phoneNumber} className={inputClass}>
                {sims.map((s) => (
                  <option key={s.msisdn} value={s.msisdn}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend className="font-semibold">{t.network}</legend>
              {(["MOBILE_DATA", "WIFI"] as const).map((n) => (
                <label key={n} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name="network" value={n} defaultChecked={fields.network === n} className="size-5 accent-blue-700" />
                  {t.networks[n]}
                </label>
              ))}
            </fieldset>
          </fieldset>
          <div>
            <label htmlFor="phone-id" className="block font-semibold">{t.idNumber}</label>
            <span id="phone-id-hint" className="mt-1 block text-sm font-normal text-slate-700">{t.idHint}</span>
            <FieldError id="phone-id" message={idError} prefix={fieldTexts.prefix} />
            <input
              id="phone-id"
              name="idNumber"
              defaultValue={fields.idNumber}
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={20}
              {...invalidProps("phone-id", idError)}
              aria-describedby={idError ? "phone-id-error phone-id-hint" : "phone-id-hint"}
              className={inputClass}
            />
          </div>
        </fieldset>
        {error && (
          <div className="space-y-2" data-testid="phone-refusal">
            <p role="alert" aria-label={error.message} data-code={error.code} className={alertClass}>
              {error.message}
            </p>
            <p>
              {t.deviceInstead}{" "}
              <Link href={deviceHref} className={linkClass}>{t.deviceLink}</Link>
            </p>
            <p className="font-semibold">{t.helpHeading}</p>
            <HelpLine m={shell} />
          </div>
        )}
        {step.kind === "form" && (
          <button type="submit" className={primaryButtonClass}>
            {t.start}
          </button>
        )}
      </form>
      {step.kind !== "form" && (
        <div role="dialog" aria-labelledby="unlock-heading" aria-describedby="unlock-body" className="space-y-3 rounded-xl border-2 border-slate-800 bg-slate-50 p-4">
          <h2 id="unlock-heading" className="text-lg font-bold">{t.unlock.heading}</h2>
          <p id="unlock-body" className="text-slate-800">{t.unlock.body}</p>
          <button ref={confirmRef} type="button" disabled={step.kind === "busy"} onClick={onUnlocked} className={primaryButtonClass}>
            {step.kind === "busy" ? t.verifying : t.unlock.confirm}
          </button>
          <button type="button" disabled={step.kind === "busy"} onClick={() => setStep({ kind: "form" })} className={secondaryButtonClass}>
            {t.unlock.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
