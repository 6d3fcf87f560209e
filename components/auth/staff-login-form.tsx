"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeNext } from "./use-ticket-sign-in";

type T = { username: string; password: string; code: string; codeHint: string; submit: string; submitting: string; invalid: string; rateLimited: string };

/**
 * With JavaScript: next-auth's "staff" provider, no reload. Without: the same form posts to
 * /staff/login/submit (issue 7 item 7), never GET, and a refusal comes back as ?error=<code>.
 */
export function StaffLoginForm({ t, next, initialError }: { t: T; next: string | null; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("staff", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (!result || result.error) {
      const reason = result?.error ?? "";
      setError(/too many|RATE/i.test(reason) ? t.rateLimited : t.invalid);
      return;
    }
    router.replace(safeNext(next, "/staff"));
    router.refresh();
  }

  const input = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";
  return (
    <form onSubmit={onSubmit} method="post" action="/staff/login/submit" className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <label className="block font-semibold">
        {t.username}
        <input name="username" autoComplete="username" required maxLength={64} className={input} />
      </label>
      <label className="block font-semibold">
        {t.password}
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} className={input} />
      </label>
      {/* Second factor (issue 10 item 7): the 6-digit code of the authenticator app. */}
      <div>
        <label htmlFor="staff-code" className="block font-semibold">{t.code}</label>
        <p id="staff-code-hint" className="text-sm text-slate-700">{t.codeHint}</p>
        <input id="staff-code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={6} aria-describedby="staff-code-hint" className={`${input} font-mono tracking-widest`} />
      </div>
      {error && (
        <p role="alert" aria-label={error} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}
