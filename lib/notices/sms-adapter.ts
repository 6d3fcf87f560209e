import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { standinDir } from "@/lib/identity/standins/dir";

/**
 * The SMS gateway as an adapter, chosen by EMASK_SMS_ADAPTER (D51). The stand-in appends each
 * message to a local inbox file (one JSON line per message) that the demo's /dev/sms page and the
 * tests read; the "http" adapter posts it to a gateway. `send` throws on failure so the outbox can retry.
 */
export type SmsMessage = { noticeId: string; to: string; body: string };

export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

export const standinSmsGateway: SmsGateway = {
  async send(message) {
    const dir = standinDir("sms");
    mkdirSync(dir, { recursive: true });
    appendFileSync(path.join(dir, "inbox.jsonl"), `${JSON.stringify({ ...message, at: new Date().toISOString() })}\n`);
  },
};

/**
 * A generic HTTP SMS gateway (most Taiwanese bulk-SMS providers take one JSON POST per message):
 *   POST <EMASK_SMS_URL>   Authorization: Bearer <EMASK_SMS_TOKEN>   Idempotency-Key: <notice id>
 *   { "to": "0912345678", "text": "…", "reference": "<notice id>" }   →   any 2xx = accepted
 * The idempotency key lets a gateway drop the duplicate our at-least-once delivery may send.
 */
export function httpSmsGateway(url: string, token: string, fetchImpl: typeof fetch = fetch): SmsGateway {
  return {
    async send(message) {
      const res = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "idempotency-key": message.noticeId },
        body: JSON.stringify({ to: message.to, text: message.body, reference: message.noticeId }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    },
  };
}

export function smsGateway(): SmsGateway {
  const e = env();
  return e.adapters.EMASK_SMS_ADAPTER === "http" ? httpSmsGateway(e.EMASK_SMS_URL!, e.EMASK_SMS_TOKEN!) : standinSmsGateway;
}
