/**
 * Issue 7 item 1: a phone verification that replaces an app credential never does it silently.
 * Each replaced credential of the same person gets an SMS to its number (through the outbox, in
 * the verification's transaction) and an audit entry; a number that moved from someone else
 * (reassigned after 退租) is audited for the previous holder — an SMS to the number would only
 * reach its new holder.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { newCheckCode } from "@/lib/notices/enqueue";
import { smsTemplates } from "@/lib/notices/templates";

type Replaced = { id: string; personId: string; externalRef: string | null };

/** "2020-03-12 09:05", Taipei time (UTC+8, no daylight saving). */
function taipeiMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

export async function announceRebind(
  tx: Prisma.TransactionClient,
  { personId, msisdn, at, replaced }: { personId: string; msisdn: string; at: Date; replaced: Replaced[] },
): Promise<void> {
  for (const old of replaced) {
    if (!old.externalRef) continue;
    if (old.personId !== personId) {
      await audit(tx, {
        actorKind: "person",
        action: "phone.number_reassigned",
        targetType: "person",
        targetId: old.personId,
        details: { phoneLast3: old.externalRef.slice(-3), credentialId: old.id },
      });
      continue;
    }
    const checkCode = newCheckCode();
    await tx.notice.create({
      data: {
        kind: "PHONE_REBOUND",
        channel: "SMS",
        personId,
        recipient: old.externalRef,
        body: smsTemplates.PHONE_REBOUND!({ at: taipeiMinute(at), checkCode }),
        dedupeKey: `PHONE_REBOUND:${old.id}:${at.getTime()}`,
        checkCode,
        nextAttemptAt: at,
      },
    });
    await audit(tx, {
      actorKind: "person",
      action: "phone.rebound",
      targetType: "credential",
      targetId: old.id,
      details: { oldPhoneLast3: old.externalRef.slice(-3), newPhoneLast3: msisdn.slice(-3), sameNumber: old.externalRef === msisdn },
    });
  }
}
