import { Prisma } from "@/lib/generated/prisma/client";
import { dayFromDb } from "@/lib/db/days";
import { CHECK_RANDOM_SQL, PAYMENT_CODE_SQL, checkCodeSql, noticeBodySql } from "./draw-sql";

type Tx = Prisma.TransactionClient;
type Round = { id: string; drawSeed: string | null; drawCursor: string | null; paymentDeadline: Date };

/** Stores per batch: ~120 orders a store at national scale makes a batch of some 60,000 orders. */
export const DRAW_STORES_PER_BATCH = 500;
const BEFORE_ALL_STORES = "00000000-0000-0000-0000-000000000000";

/**
 * R2, R3: draw the next batch of stores (by store id after the round's cursor) entirely in
 * PostgreSQL — rank every PLACED order by sha256("<seed>:<orderId>") (ties by id) per store,
 * select the first `supply`, record the draw of each oversubscribed store, give the selected a
 * payment code, write the status events and queue the notices — then move the cursor, all in the
 * caller's transaction. Nothing per order passes through Node, so memory does not grow with the
 * round, and each transaction is short: a crash loses one batch, which the next run does again.
 * Returns true when no store is left after this batch, i.e. the draw is complete.
 */
export async function drawNextBatch(tx: Tx, round: Round, at: Date, storesPerBatch = DRAW_STORES_PER_BATCH): Promise<boolean> {
  if (!round.drawSeed) throw new Error(`Round ${round.id} has no revealed seed: close it first`);
  const from = round.drawCursor ?? BEFORE_ALL_STORES;
  const [last] = await tx.$queryRaw<{ to: string | null }[]>`
    SELECT id::text AS to FROM (SELECT id FROM stores WHERE id > ${from}::uuid ORDER BY id LIMIT ${storesPerBatch}) s
    ORDER BY id DESC LIMIT 1`;
  const to = last?.to;
  if (!to) return true;

  // The batch's orders, ranked. COLLATE "C" compares as the JS rule does (code points).
  await tx.$executeRaw`
    CREATE TEMP TABLE draw_batch ON COMMIT DROP AS
    SELECT r.*, r.rank <= r.supply AS selected,
           CASE WHEN r.rank <= r.supply THEN ${PAYMENT_CODE_SQL} END AS payment_code,
           ${CHECK_RANDOM_SQL} AS check_random
    FROM (
      SELECT o.id, o.store_id, o.person_id, o.total, p.phone, t.ticket,
             row_number() OVER (PARTITION BY o.store_id ORDER BY t.ticket COLLATE "C", o.id::text COLLATE "C")::int AS rank,
             count(*) OVER (PARTITION BY o.store_id)::int AS demand,
             coalesce(s.packs, 0) AS supply
      FROM orders o
      JOIN people p ON p.id = o.person_id
      CROSS JOIN LATERAL (SELECT encode(sha256(convert_to(${round.drawSeed} || ':' || o.id::text, 'UTF8')), 'hex') AS ticket) t
      LEFT JOIN store_supplies s ON s.round_id = o.round_id AND s.store_id = o.store_id
      WHERE o.round_id = ${round.id}::uuid AND o.status = 'PLACED'
        AND o.store_id > ${from}::uuid AND o.store_id <= ${to}::uuid
      OFFSET 0
    ) r`;

  // R2: a draw record (and every entry's ticket and rank) for each oversubscribed store.
  await tx.$executeRaw`
    INSERT INTO draws (id, round_id, store_id, supply, demand, performed_at)
    SELECT gen_random_uuid(), ${round.id}::uuid, store_id, min(supply), min(demand), now()
    FROM draw_batch GROUP BY store_id HAVING min(demand) > min(supply)`;
  await tx.$executeRaw`
    INSERT INTO draw_entries (order_id, draw_id, ticket, rank, selected)
    SELECT b.id, d.id, b.ticket, b.rank, b.selected
    FROM draw_batch b JOIN draws d ON d.round_id = ${round.id}::uuid AND d.store_id = b.store_id
    WHERE b.demand > b.supply`;

  await retryingCollisions(tx, "orders_payment_code_key", async () => {
    await tx.$executeRaw`
      UPDATE orders SET status = (CASE WHEN b.selected THEN 'SELECTED' ELSE 'NOT_SELECTED' END)::"OrderStatus",
                        payment_code = b.payment_code, updated_at = now()
      FROM draw_batch b WHERE orders.id = b.id`;
  }, () => tx.$executeRaw`
      UPDATE draw_batch b SET payment_code = ${PAYMENT_CODE_SQL}
      WHERE b.selected AND (EXISTS (SELECT 1 FROM orders o WHERE o.payment_code = b.payment_code AND o.id <> b.id)
                            OR EXISTS (SELECT 1 FROM draw_batch b2 WHERE b2.payment_code = b.payment_code AND b2.id < b.id))`);

  await tx.$executeRaw`
    INSERT INTO order_status_events (id, order_id, from_status, to_status, actor, at)
    SELECT gen_random_uuid(), id, 'PLACED'::"OrderStatus",
           (CASE WHEN selected THEN 'SELECTED' ELSE 'NOT_SELECTED' END)::"OrderStatus", 'job:draw', now()
    FROM draw_batch`;

  await queueNotices(tx, dayFromDb(round.paymentDeadline), at);

  await tx.$executeRaw`UPDATE rounds SET draw_cursor = ${to}::uuid WHERE id = ${round.id}::uuid`;
  const [more] = await tx.$queryRaw<{ more: boolean }[]>`SELECT EXISTS (SELECT 1 FROM stores WHERE id > ${to}::uuid) AS more`;
  return !more?.more;
}

/**
 * R3: the payment notice (amount, code, deadline) or the not-drawn notice for every order whose
 * person has a phone, rendered from the templates in SQL. A notice's dedupe key is kind + order,
 * as in enqueueSms, so a notice is never queued twice.
 */
async function queueNotices(tx: Tx, deadline: string, at: Date): Promise<void> {
  const code = checkCodeSql("b.check_random");
  const payment = noticeBodySql("PAYMENT", { deadline }, { amount: "b.total", paymentCode: "b.payment_code", checkCode: code.sql });
  const notSelected = noticeBodySql("NOT_SELECTED", {}, { checkCode: code.sql });
  await retryingCollisions(tx, "notices_check_code_key", async () => {
    await tx.$executeRaw`
      INSERT INTO notices (id, kind, channel, person_id, order_id, recipient, body, dedupe_key, check_code, next_attempt_at)
      SELECT gen_random_uuid(), k.kind::"NoticeKind", 'SMS'::"NoticeChannel", b.person_id, b.id, b.phone,
             CASE WHEN b.selected THEN ${payment} ELSE ${notSelected} END,
             k.kind || ':' || b.id::text, ${code}, ${at}
      FROM draw_batch b CROSS JOIN LATERAL (SELECT CASE WHEN b.selected THEN 'PAYMENT' ELSE 'NOT_SELECTED' END AS kind) k
      WHERE b.phone IS NOT NULL
      ON CONFLICT (dedupe_key) DO NOTHING`;
  }, () => tx.$executeRaw`
      UPDATE draw_batch b SET check_random = ${CHECK_RANDOM_SQL}
      WHERE EXISTS (SELECT 1 FROM notices n WHERE n.check_code = ${code})
         OR EXISTS (SELECT 1 FROM draw_batch b2 WHERE b2.id < b.id AND ${checkCodeSql("b2.check_random")} = ${code})`);
}

/**
 * Random codes are unique by constraint. A clash (rare: 10^14 payment codes, 31^8 check codes)
 * fails the statement; roll back to just before it, draw new codes for the clashing rows only, and
 * try again — cheaper than probing every code in advance, and just as certain.
 */
async function retryingCollisions(tx: Tx, constraint: string, write: () => Promise<void>, redraw: () => Promise<number>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await tx.$executeRaw`SAVEPOINT draw_codes`;
    try {
      await write();
      await tx.$executeRaw`RELEASE SAVEPOINT draw_codes`;
      return;
    } catch (e) {
      if (attempt >= 5 || !String((e as Error).message).includes(constraint)) throw e;
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT draw_codes`;
      await redraw();
    }
  }
}
