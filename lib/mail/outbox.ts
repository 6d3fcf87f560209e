import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { randomDigits } from "@/lib/security/hash";
import type { NoticeKind, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mailTransport, type MailTransport } from "./transport";
import { PURGED_BODY, renderSecrets } from "@/lib/notices/secrets";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * E-mail through the outbox (the Notice table): queued in the same transaction as the change it
 * announces, delivered afterwards. A failed delivery is retried later; nothing is sent twice
 * (dedupeKey is unique, and a notice is claimed before it is sent).
 */
export type QueuedMail = {
  kind: NoticeKind;
  personId: string;
  to: string;
  locale: string;
  subject: string;
  text: string;
  dedupeKey: string;
};

const MAX_ATTEMPTS = 5;

export async function queueEmail(tx: Db, mail: QueuedMail): Promise<{ id: string; checkCode: string }> {
  const checkCode = randomDigits(12);
  // The subject travels as the body's first line: the outbox stores one text per message.
  const notice = await tx.notice.create({
    data: {
      kind: mail.kind,
      channel: "EMAIL",
      personId: mail.personId,
      recipient: mail.to,
      locale: mail.locale,
      body: `${mail.subject}\n\n${mail.text}`,
      dedupeKey: mail.dedupeKey,
      checkCode,
    },
    select: { id: true },
  });
  return { id: notice.id, checkCode };
}

/** Deliver one queued e-mail now (after the transaction that queued it has committed). */
export async function deliverEmail(noticeId: string, transport: MailTransport | null = mailTransport()): Promise<boolean> {
  if (!transport) return false;
  const at = now();
  // Claim: push the next attempt away first, so a concurrent worker skips this notice.
  const claimed = await db().notice.updateManyAndReturn({
    // A never-tried notice is due whatever the clocks of app and database say (nextAttemptAt defaults to the database's now()).
    where: { id: noticeId, channel: "EMAIL", status: "PENDING", OR: [{ nextAttemptAt: { lte: at } }, { attempts: 0 }] },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(at.getTime() + 5 * 60_000) },
    select: { id: true, orderId: true, recipient: true, body: true, checkCode: true, attempts: true },
  });
  const notice = claimed[0];
  if (!notice) return false;
  try {
    // Secrets (the confirmation link's token) are derived only now; the stored body has placeholders (D58).
    if (!notice.checkCode) throw new Error("an e-mail notice without its check code"); // queueEmail always gives one
    const [subject = "", ...rest] = renderSecrets(notice.body, { orderId: notice.orderId }).split("\n");
    await transport.send({ id: notice.id, to: notice.recipient, subject, text: rest.join("\n").replace(/^\n/, ""), checkCode: notice.checkCode });
  } catch (e) {
    console.error("[mail] delivery failed", notice.id, e instanceof Error ? e.message : "unknown error");
    if (notice.attempts >= MAX_ATTEMPTS) await db().notice.update({ where: { id: notice.id }, data: { status: "FAILED" } });
    return false;
  }
  // Delivered: the text is not kept (D58); kind, recipient, check code and times stay for /check.
  await db().notice.update({ where: { id: notice.id }, data: { status: "SENT", sentAt: now(), body: PURGED_BODY } });
  return true;
}

/** The worker's sweep: retry every e-mail still waiting (its first delivery failed or never ran). */
export async function deliverDueEmails(): Promise<number> {
  const due = await db().notice.findMany({
    where: { channel: "EMAIL", status: "PENDING", OR: [{ nextAttemptAt: { lte: now() } }, { attempts: 0 }] },
    select: { id: true },
    take: 100,
  });
  let sent = 0;
  for (const n of due) if (await deliverEmail(n.id)) sent++;
  return sent;
}
