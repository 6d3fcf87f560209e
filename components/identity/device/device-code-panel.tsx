"use client";
import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { DeviceTexts } from "@/lib/identity/device/texts";
import { ErrorAlert } from "@/components/identity/error-alert";
import { primaryButton } from "@/components/identity/card/ui";

type State = { ok: true; code: string; expiresAt: string; expiresAtText: string; qr: string; url: string } | { ok: false; message: string } | null;
type Props = { t: DeviceTexts["generate"]; help: Messages["shell"]; helpIntro: string; generate: (prev: State, data: FormData) => Promise<State> };

/** The device code as large digits and as a QR code; pressing again replaces it. */
export function DeviceCodePanel({ t, help, helpIntro, generate }: Props) {
  const [state, action, pending] = useActionState(generate, null);
  return (
    <div className="space-y-4">
      {state?.ok && (
        <section aria-labelledby="code-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 text-center">
          <h2 id="code-heading" className="font-bold">{t.codeLabel}</h2>
          <p className="font-mono text-4xl font-bold tracking-[0.25em]" data-testid="device-code" aria-label={`${t.codeLabel} ${state.code.split("").join(" ")}`}>
            {state.code}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img src={state.qr} alt={t.qrAlt} width={220} height={220} className="mx-auto" data-url={state.url} />
          <p>{t.expires.replace("{time}", state.expiresAtText)}</p>
          <p className="text-sm text-slate-700">{t.scanHint}</p>
        </section>
      )}
      {state && !state.ok && <ErrorAlert message={state.message} help={help} helpIntro={helpIntro} />}
      <form action={action}>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t.busy : state?.ok ? t.again : t.submit}
        </button>
      </form>
    </div>
  );
}
