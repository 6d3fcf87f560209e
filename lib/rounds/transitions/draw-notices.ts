import { Prisma } from "@/lib/generated/prisma/client";
import { dayFromDb } from "@/lib/db/days";
import { CHECK_RANDOM_SQL, checkCodeSql, clashing, noticeBodySql, retryingCollisions } from "./draw-sql";

type Tx = Prisma.TransactionClient;
type Run = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * SMS notices waiting in the outbox above which the feeder stops rendering more (D171). The SMS
 * gateway sends far fewer than a batch a second; keeping the outbox a few batches ahead of it means
 * a national round never holds 1.2 million pending rows, and the draw itself never waits for them.
 */
export const NOTICE_BACKLOG = 50_000;

/**
 * R3, D171: queue the notices of drawn batches — the payment notice (amount, code, deadline) or the
 * not-drawn notice for every order the draw decided whose person has a phone, rendered from the SMS
 * templates in SQL. One transaction per batch, claimed with FOR UPDATE SKIP LOCKED so that several
 * processes share the work, and marked (`notices_at`) in the same transaction: a crash re-does the
 * batch, and the dedupe key (kind + order, as in enqueueSms) keeps a notice from being queued twice.
 * Stops when no drawn batch waits or when `backlog` SMS notices are already pending (checked before
 * each batch, so `workers` at once may pass it by a batch each). Returns the number of batches queued.
 */
export async function queueDrawNotices(run: Run, at: Date, backlog = NOTICE_BACKLOG, workers = 2): Promise<number> {
  let queued = 0;
  const worker = async () => {
    for (;;) {
      const more = await run(async (tx) => {
        const [{ pending } = { pending: 0 }] = await tx.$queryRaw<{ pending: number }[]>`
          SELECT count(*)::int AS pending FROM (SELECT 1 FROM notices WHERE status = 'PENDING' AND channel = 'SMS' LIMIT ${backlog}) p`;
        if (pending >= backlog) return false;
        const [batch] = await tx.$queryRaw<{ round_id: string; batch_no: number; first: string; last: string; deadline: Date }[]>`
          SELECT b.round_id::text, b.batch_no, b.first_store::text AS first, b.last_store::text AS last, r.payment_deadline AS deadline
          FROM draw_batches b JOIN rounds r ON r.id = b.round_id
          WHERE b.done_at IS NOT NULL AND b.notices_at IS NULL
          ORDER BY b.done_at, b.round_id, b.batch_no LIMIT 1 FOR UPDATE OF b SKIP LOCKED`;
        if (!batch) return false;
        // Lost in a crash, the batch is simply queued again: no need to wait for the WAL flush.
        await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
        // The draw's decision is the order's draw entry (D173: every order the draw decided has one),
        // whatever happened to the order since; the payment code is the order's. Orders without a
        // phone get no SMS (they see the result online).
        await tx.$executeRaw`
          CREATE TEMP TABLE draw_batch ON COMMIT DROP AS
          SELECT c.*, ${checkCodeSql("c.check_random")} AS check_code FROM (
            SELECT o.id, o.person_id, o.total, o.payment_code, p.phone, e.selected,
                   ${CHECK_RANDOM_SQL} AS check_random
            FROM orders o
            JOIN people p ON p.id = o.person_id
            JOIN draw_entries e ON e.order_id = o.id
            WHERE o.round_id = ${batch.round_id}::uuid
              AND o.store_id >= ${batch.first}::uuid AND o.store_id <= ${batch.last}::uuid
              AND p.phone IS NOT NULL
            OFFSET 0
          ) c`;
        await queueNotices(tx, dayFromDb(batch.deadline), at);
        await tx.$executeRaw`UPDATE draw_batches SET notices_at = ${at} WHERE round_id = ${batch.round_id}::uuid AND batch_no = ${batch.batch_no}`;
        return true;
      });
      if (!more) return;
      queued++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
  return queued;
}

/** The notices of the rows in `draw_batch`; a clashing random check code is drawn again. */
async function queueNotices(tx: Tx, deadline: string, at: Date): Promise<void> {
  const payment = noticeBodySql("PAYMENT", { deadline }, { amount: "b.total", paymentCode: "b.payment_code", checkCode: "b.check_code" });
  const notSelected = noticeBodySql("NOT_SELECTED", {}, { checkCode: "b.check_code" });
  await retryingCollisions(tx, "notices_check_code_key", async () => {
    await tx.$executeRaw`
      INSERT INTO notices (id, kind, channel, person_id, order_id, recipient, body, dedupe_key, check_code, next_attempt_at)
      SELECT emask_uuidv7(), (CASE WHEN b.selected THEN 'PAYMENT' ELSE 'NOT_SELECTED' END)::"NoticeKind", 'SMS'::"NoticeChannel",
             b.person_id, b.id, b.phone, CASE WHEN b.selected THEN ${payment} ELSE ${notSelected} END,
             (CASE WHEN b.selected THEN 'PAYMENT:' ELSE 'NOT_SELECTED:' END) || b.id::text, b.check_code, ${at}
      FROM draw_batch b ORDER BY b.id
      ON CONFLICT (dedupe_key) DO NOTHING`;
  }, async () => {
    await tx.$executeRaw`
      UPDATE draw_batch b SET check_random = ${CHECK_RANDOM_SQL}
      WHERE b.id IN (${clashing("check_code", Prisma.sql`SELECT b.id FROM draw_batch b JOIN notices n ON n.check_code = b.check_code`)})`;
    return tx.$executeRaw`UPDATE draw_batch b SET check_code = ${checkCodeSql("b.check_random")} WHERE b.check_code <> ${checkCodeSql("b.check_random")}`;
  });
}
