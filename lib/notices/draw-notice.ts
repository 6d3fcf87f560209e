import type { NoticeKind, Prisma } from "@/lib/generated/prisma/client";
import { newCheckCode } from "./enqueue";
import { smsTemplates } from "./templates";

/**
 * D175: a draw notice is queued as a row that names its kind, order and recipient, with this in
 * place of its text and no check code; both are made when it is sent. A round queues 1.2 million
 * of them at once and the gateway sends a few hundred a second, so rendering 1.2 million texts and
 * drawing 1.2 million unique codes in the draw's hour (a third of the feeder's time, measured in
 * docs/scaling.md) only produced rows that waited. Made at sending, the text also holds the
 * payment code, amount and deadline of the order as it is then, and no outbox row holds them before.
 */
export const DRAW_NOTICE_BODY = "{{draw-notice}}";

/** What the text needs from the notice's order and round (null when the order is gone: never, but checked). */
export type DrawNoticeFacts = { kind: NoticeKind; total: number | null; paymentCode: string | null; paymentDeadline: string | null };

/** The R3 text for a draw notice, from the same templates as every other SMS. */
export function renderDrawNotice(n: DrawNoticeFacts, checkCode: string): string {
  if (n.kind === "NOT_SELECTED") return smsTemplates.NOT_SELECTED!({ checkCode });
  if (n.kind !== "PAYMENT") throw new Error(`a ${n.kind} notice is not a draw notice`);
  if (n.total === null || !n.paymentCode || !n.paymentDeadline) throw new Error("a payment notice whose order cannot be read");
  return smsTemplates.PAYMENT!({ amount: n.total, paymentCode: n.paymentCode, deadline: n.paymentDeadline, checkCode });
}

/**
 * Give a notice its check code, unique among all notices: a code already taken (31^8 codes; a few
 * clashes a round once millions are stored) is drawn again. The unique index still decides a race
 * with a concurrent sender, by failing this transaction (the batch is sent again later).
 */
export async function giveCheckCode(tx: Prisma.TransactionClient, noticeId: string, next: () => string = newCheckCode): Promise<string> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const code = next();
    const given = await tx.$executeRaw`
      UPDATE notices SET check_code = ${code}
      WHERE id = ${noticeId}::uuid AND check_code IS NULL AND NOT EXISTS (SELECT 1 FROM notices WHERE check_code = ${code})`;
    if (given === 1) return code;
  }
  throw new Error(`notice ${noticeId}: five check codes in a row were taken`);
}
