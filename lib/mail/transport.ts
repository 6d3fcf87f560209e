import { env } from "@/lib/env";
import { standinMailTransport } from "./standin-transport";

/**
 * Sends one e-mail. The real adapter (an SMTP relay or a mail API) is one new file implementing
 * this type and one line in mailTransport(); until it exists, production leaves mail in the
 * outbox (Notice rows stay PENDING) rather than pretend to send.
 */
export type OutgoingMail = { id: string; to: string; subject: string; text: string; checkCode: string };

export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

export function mailTransport(): MailTransport | null {
  return env().standinsAllowed ? standinMailTransport() : null;
}
