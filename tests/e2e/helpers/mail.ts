import { sentMailTo } from "@/lib/mail/mailbox";
import { e2eDatabaseUrl } from "./db";

/**
 * The confirmation link of the newest mail the stand-in mail server delivered to `email` (what the
 * person opens). Not read from the outbox: it keeps no text once sent (issue 7 item 6, D58).
 */
export function confirmationLinkFor(email: string): string {
  const [mail] = sentMailTo(email, 1, e2eDatabaseUrl());
  if (!mail) throw new Error(`no mail delivered to ${email}`);
  return /\/verify\/card\/confirm\?token=[\w-]+/.exec(mail.text)![0];
}
