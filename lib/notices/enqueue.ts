import type { NoticeKind, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { randomBytes } from "node:crypto";
import { smsTemplates, type NoticeVars } from "./templates";
import { now } from "@/lib/clock";

type Db = PrismaClient | Prisma.TransactionClient;

/** 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const CHECK_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export function newCheckCode(): string {
  return [...randomBytes(8)].map((b) => CHECK_CODE_ALPHABET[b % CHECK_CODE_ALPHABET.length]).join("");
}

export type SmsNotice = { kind: NoticeKind; personId: string; orderId: string; phone: string; vars: Omit<NoticeVars, "checkCode"> };

/**
 * Write SMS notices to the outbox, in the caller's transaction, so a notice exists exactly when the
 * change it announces does. `dedupeKey` = kind + order: a job run twice cannot queue twice.
 *
 * Check codes are random and unique. `skipDuplicates` skips a row that clashes on *any* unique key,
 * so a notice whose random check code happened to be taken (a few times in a national round of
 * reminders) would be silently lost: rows that were skipped but are not already queued under their
 * dedupe key get a new code and are written again.
 */
export async function enqueueSms(tx: Db, notices: SmsNotice[], checkCode: () => string = newCheckCode): Promise<void> {
  let pending = notices;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > 5) throw new Error(`enqueueSms: ${pending.length} notices found no free check code`);
    const rows = pending.map((n) => row(n, checkCode()));
    const written = await tx.notice.createManyAndReturn({ skipDuplicates: true, data: rows, select: { dedupeKey: true } });
    const writtenKeys = new Set(written.map((w) => w.dedupeKey));
    const skipped = rows.filter((r) => !writtenKeys.has(r.dedupeKey)).map((r) => r.dedupeKey);
    if (skipped.length === 0) return;
    const queued = await tx.notice.findMany({ where: { dedupeKey: { in: skipped } }, select: { dedupeKey: true } });
    const queuedKeys = new Set(queued.map((q) => q.dedupeKey));
    pending = pending.filter((n) => skipped.includes(dedupeKey(n)) && !queuedKeys.has(dedupeKey(n)));
  }
}

const dedupeKey = (n: SmsNotice) => `${n.kind}:${n.orderId}`;

function row(n: SmsNotice, checkCode: string) {
  const template = smsTemplates[n.kind];
  if (!template) throw new Error(`No SMS template for ${n.kind}`);
  return {
    kind: n.kind,
    channel: "SMS" as const,
    personId: n.personId,
    orderId: n.orderId,
    recipient: n.phone,
    body: template({ ...n.vars, checkCode }),
    dedupeKey: dedupeKey(n),
    checkCode,
    nextAttemptAt: now(), // the app's clock, not the database's (the demo clock may be moved)
  };
}
