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
 */
export async function enqueueSms(tx: Db, notices: SmsNotice[]): Promise<void> {
  if (notices.length === 0) return;
  await tx.notice.createMany({
    skipDuplicates: true,
    data: notices.map((n) => {
      const checkCode = newCheckCode();
      const template = smsTemplates[n.kind];
      if (!template) throw new Error(`No SMS template for ${n.kind}`);
      return {
        kind: n.kind,
        channel: "SMS" as const,
        personId: n.personId,
        orderId: n.orderId,
        recipient: n.phone,
        body: template({ ...n.vars, checkCode }),
        dedupeKey: `${n.kind}:${n.orderId}`,
        checkCode,
        nextAttemptAt: now(), // the app's clock, not the database's (the demo clock may be moved)
      };
    }),
  });
}
