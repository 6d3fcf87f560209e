import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";

/**
 * The SMS gateway as an adapter. The stand-in appends each message to a local inbox file (one JSON
 * line per message) that the demo's /dev/sms page and the tests read; a real gateway adapter would
 * call the operator's API instead. `send` throws on failure so the outbox can retry.
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
