import { Prisma } from "@/lib/generated/prisma/client";
import { DRAW_NOTICE_BODY } from "@/lib/notices/draw-notice";

type Tx = Prisma.TransactionClient;
type Run = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * SMS notices waiting in the outbox above which the feeder stops queueing more (D171). The SMS
 * gateway sends far fewer than a batch a second; keeping the outbox a few batches ahead of it means
 * a national round never holds 1.2 million pending rows, and the draw itself never waits for them.
 */
export const NOTICE_BACKLOG = 50_000;

/**
 * R3, D171, D175: queue the notices of drawn batches — the payment notice or the not-drawn notice
 * for every order the draw decided whose person has a phone. A queued draw notice is a row that
 * names its kind, order and recipient; its text and check code are made when it is sent
 * (lib/notices/draw-notice.ts), from the order as it is then. One transaction per batch, claimed
 * with FOR UPDATE SKIP LOCKED so that several processes share the work, and marked (`notices_at`)
 * in the same transaction: a crash re-does the batch, and the dedupe key (kind + order, as in
 * enqueueSms) keeps a notice from being queued twice.
 * Stops when no drawn batch waits or when `backlog` SMS notices are already pending (checked before
 * each batch, so `workers` at once may pass it by a batch each; `null`: no limit, and no count — the
 * benchmark queues a whole round, and counting 1.2 M pending rows before each batch cost more than
 * the batch). Returns the number of batches queued.
 */
export async function queueDrawNotices(run: Run, at: Date, backlog: number | null = NOTICE_BACKLOG, workers = 2): Promise<number> {
  let queued = 0;
  const worker = async () => {
    for (;;) {
      const more = await run(async (tx) => {
        if (backlog !== null) {
          const [{ pending } = { pending: 0 }] = await tx.$queryRaw<{ pending: number }[]>`
            SELECT count(*)::int AS pending FROM (SELECT 1 FROM notices WHERE status = 'PENDING' AND channel = 'SMS' LIMIT ${backlog}) p`;
          if (pending >= backlog) return false;
        }
        const [batch] = await tx.$queryRaw<{ round_id: string; batch_no: number; first: string; last: string }[]>`
          SELECT b.round_id::text, b.batch_no, b.first_store::text AS first, b.last_store::text AS last
          FROM draw_batches b
          WHERE b.done_at IS NOT NULL AND b.notices_at IS NULL
          ORDER BY b.done_at, b.round_id, b.batch_no LIMIT 1 FOR UPDATE OF b SKIP LOCKED`;
        if (!batch) return false;
        // Lost in a crash, the batch is simply queued again: no need to wait for the WAL flush.
        await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
        // Several feeders already share the cores; a parallel plan here tripled the CPU per batch
        // (three processes each hashing every person) for the same rows.
        await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
        // D180: a batch is ~60,000 orders of a round's 1.2 M; hash joins read every person and every draw
        // entry of the round for each batch (the whole tables twenty times a round, more at 10 M), index
        // lookups only the batch's own rows — and a batch's entries sit together, inserted by one draw batch.
        await tx.$executeRaw`SET LOCAL enable_hashjoin = off`;
        await tx.$executeRaw`SET LOCAL enable_mergejoin = off`;
        await queueBatch(tx, batch, at);
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

/**
 * One INSERT … SELECT for the batch's orders. The draw's decision is the order's draw entry (D173:
 * every order the draw decided has one), whatever happened to the order since. Orders without a
 * phone get no SMS (they see the result online). The insert is plain: ON CONFLICT's speculative
 * insertion cost 30 % more per row, and the batch's mark, set in this transaction, already keeps it
 * from being fed twice. Should a notice be queued anyway (its dedupe key taken, e.g. by a hand-run
 * job), the insert is rolled back to a savepoint and done again skipping the queued ones.
 */
async function queueBatch(tx: Tx, batch: { round_id: string; first: string; last: string }, at: Date): Promise<void> {
  const insert = (skipQueued: boolean) => tx.$executeRaw`
    INSERT INTO notices (id, kind, channel, person_id, order_id, recipient, body, dedupe_key, next_attempt_at)
    SELECT emask_uuidv7(), (CASE WHEN e.selected THEN 'PAYMENT' ELSE 'NOT_SELECTED' END)::"NoticeKind", 'SMS'::"NoticeChannel",
           o.person_id, o.id, p.phone, ${DRAW_NOTICE_BODY}, (CASE WHEN e.selected THEN 'PAYMENT:' ELSE 'NOT_SELECTED:' END) || o.id::text, ${at}
    FROM orders o
    JOIN people p ON p.id = o.person_id
    JOIN draw_entries e ON e.order_id = o.id
    WHERE o.round_id = ${batch.round_id}::uuid
      AND o.store_id >= ${batch.first}::uuid AND o.store_id <= ${batch.last}::uuid
      AND p.phone IS NOT NULL
    ORDER BY o.id
    ${skipQueued ? Prisma.sql`ON CONFLICT (dedupe_key) DO NOTHING` : Prisma.empty}`;
  await tx.$executeRaw`SAVEPOINT draw_notices`;
  try {
    await insert(false);
  } catch (e) {
    if (!String((e as Error).message).includes("notices_dedupe_key_key")) throw e;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT draw_notices`;
    await insert(true);
  }
}
