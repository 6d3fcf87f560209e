import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { smsGateway, type SmsGateway } from "./sms-adapter";
import { PURGED_BODY, renderSecrets } from "./secrets";
import { newCheckCode } from "./enqueue";
import { DRAW_NOTICE_BODY, giveCheckCode, renderDrawNotice } from "./draw-notice";
import type { NoticeKind } from "@/lib/generated/prisma/client";

type Due = {
  id: string; kind: NoticeKind; order_id: string | null; recipient: string; body: string; attempts: number; check_code: string | null;
  total: number | null; payment_code: string | null; payment_deadline: string | null;
};

const MAX_ATTEMPTS = 5;
const BATCH = 100;

/**
 * Deliver due SMS notices from the outbox. Each notice is claimed with FOR UPDATE SKIP LOCKED, so
 * several workers never send the same one, and marked SENT in the same transaction as the send
 * returns; a failure schedules a retry with exponential backoff (1, 2, 4, 8 min), FAILED after 5.
 * A crash between the send and the commit can resend one message: SMS is at-least-once, and the
 * check code lets a person verify a duplicate. The stored body carries placeholders, not secrets;
 * they are rendered here and the body is emptied when the notice is SENT (D58). A draw notice is
 * written here whole, from its order, and given its check code (D175).
 */
export async function deliverNotices(gateway: SmsGateway = smsGateway(), checkCode: () => string = newCheckCode): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<Due[]>`
        SELECT n.id, n.kind, n.order_id, n.recipient, n.body, n.attempts, n.check_code,
               o.total, o.payment_code, r.payment_deadline::text AS payment_deadline
        FROM notices n
        LEFT JOIN orders o ON n.body = ${DRAW_NOTICE_BODY} AND o.id = n.order_id
        LEFT JOIN rounds r ON r.id = o.round_id
        WHERE n.status = 'PENDING' AND n.channel = 'SMS' AND n.next_attempt_at <= ${now()}
        ORDER BY n.created_at LIMIT ${BATCH} FOR UPDATE OF n SKIP LOCKED`;
      for (const n of due) {
        try {
          const body = n.body !== DRAW_NOTICE_BODY ? n.body : renderDrawNotice(
            { kind: n.kind, total: n.total, paymentCode: n.payment_code, paymentDeadline: n.payment_deadline },
            n.check_code ?? (await giveCheckCode(tx, n.id, checkCode)),
          );
          // Secrets are filled in only now, and the text is dropped once sent (D58).
          await gateway.send({ noticeId: n.id, to: n.recipient, body: renderSecrets(body, { orderId: n.order_id }) });
          await tx.notice.update({ where: { id: n.id }, data: { status: "SENT", sentAt: now(), attempts: n.attempts + 1, body: PURGED_BODY } });
          sent++;
        } catch (e) {
          const attempts = n.attempts + 1;
          const giveUp = attempts >= MAX_ATTEMPTS;
          console.error(`[sms] notice ${n.id} attempt ${attempts} failed: ${e instanceof Error ? e.message : e}`);
          await tx.notice.update({
            where: { id: n.id },
            data: { attempts, status: giveUp ? "FAILED" : "PENDING", nextAttemptAt: new Date(now().getTime() + 60_000 * 2 ** (attempts - 1)) },
          });
          if (giveUp) failed++;
        }
      }
      return due.length;
    });
    if (batch < BATCH) return { sent, failed };
  }
}
