import { env } from "@/lib/env";
import { standinMailTransport } from "./standin-transport";

/**
 * Sends one e-mail, chosen by EMASK_MAIL_ADAPTER (D51): "standin" writes .eml files for the demo
 * mailbox; "http" posts to a mail API. Texts carry site-relative links ("/verify/…"); the real
 * transport makes them absolute with EMASK_PUBLIC_ORIGIN (never with a request's Host header).
 */
export type OutgoingMail = { id: string; to: string; subject: string; text: string; checkCode: string };

export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

/**
 *   POST <EMASK_MAIL_URL>   Authorization: Bearer <EMASK_MAIL_TOKEN>   Idempotency-Key: <notice id>
 *   { "to", "subject", "text", "headers": { "X-Emask-Check-Code": "…" } }   →   any 2xx = accepted
 */
export function httpMailTransport(url: string, token: string, publicOrigin: string, fetchImpl: typeof fetch = fetch): MailTransport {
  const origin = publicOrigin.replace(/\/+$/, "");
  return {
    async send(mail) {
      const text = mail.text.replace(/(^|\s)(\/[\w/-]+\?\S+)/g, (_, space: string, p: string) => `${space}${origin}${p}`);
      const res = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "idempotency-key": mail.id },
        body: JSON.stringify({ to: mail.to, subject: mail.subject, text, headers: { "X-Emask-Check-Code": mail.checkCode } }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`mail API answered ${res.status}`);
    },
  };
}

export function mailTransport(): MailTransport {
  const e = env();
  return e.adapters.EMASK_MAIL_ADAPTER === "http"
    ? httpMailTransport(e.EMASK_MAIL_URL!, e.EMASK_MAIL_TOKEN!, e.EMASK_PUBLIC_ORIGIN!)
    : standinMailTransport();
}
