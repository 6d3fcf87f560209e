import { db } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/security/rate-limit";

/**
 * The public "is this message real?" check: a notice's check code (printed at the end of every
 * SMS) tells whether we sent it, what kind it was, and when — with the recipient's number masked,
 * and nothing else, so the page reveals nothing to someone who guesses codes (also rate-limited).
 */
export async function checkNotice(code: string, client: string) {
  await consumeRateLimit(`notice-check:${client}`, { limit: 30, windowSeconds: 600 });
  const normalised = code.trim().toUpperCase();
  if (!/^[2-9A-HJ-NP-Z]{8}$/.test(normalised)) return null;
  const notice = await db().notice.findUnique({
    where: { checkCode: normalised },
    select: { kind: true, recipient: true, createdAt: true, sentAt: true, status: true },
  });
  if (!notice) return null;
  return { kind: notice.kind, recipient: `${notice.recipient.slice(0, 4)}***${notice.recipient.slice(-3)}`, sentAt: notice.sentAt ?? notice.createdAt };
}
