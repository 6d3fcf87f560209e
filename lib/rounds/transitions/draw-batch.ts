import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

type Tx = Prisma.TransactionClient;
export type DrawRound = { id: string; drawSeed: string | null; paymentDeadline: Date };

/** Stores per batch (EMASK_DRAW_STORES_PER_BATCH, 500): ~120 orders a store at national scale makes a batch of some 60,000 orders. */

/**
 * R2: split the draw into ranges of stores (by id), once. Returns false if it was planned before.
 * Runs under the round's lock (run-due-transitions), so two processes cannot both plan.
 */
export async function planDrawBatches(tx: Tx, roundId: string, storesPerBatch = env().EMASK_DRAW_STORES_PER_BATCH): Promise<boolean> {
  if (await tx.drawBatch.count({ where: { roundId } })) return false;
  await tx.$executeRaw`
    INSERT INTO draw_batches (round_id, batch_no, first_store, last_store)
    SELECT ${roundId}::uuid, b, (array_agg(id ORDER BY id))[1], (array_agg(id ORDER BY id DESC))[1]
    FROM (SELECT id, ((row_number() OVER (ORDER BY id)) - 1) / ${storesPerBatch} AS b FROM stores) s
    GROUP BY b`;
  return true;
}

/** True when the draw was planned and every batch is done. */
export async function drawBatchesDone(tx: Tx, roundId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ planned: boolean; pending: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM draw_batches WHERE round_id = ${roundId}::uuid) AS planned,
           EXISTS (SELECT 1 FROM draw_batches WHERE round_id = ${roundId}::uuid AND done_at IS NULL) AS pending`;
  return !!row?.planned && !row.pending;
}

/**
 * Draw every pending batch of the round with `workers` transactions at a time. A worker claims a
 * batch with FOR UPDATE SKIP LOCKED, draws it and marks it done in one transaction; when none is
 * free but some are still being drawn (by another process), it waits for one to end — committed,
 * it is done; rolled back (that process died), it is claimed again.
 */
export async function drawPendingBatches(run: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>, round: DrawRound, at: Date, workers = 2): Promise<number> {
  let drawn = 0;
  const worker = async () => {
    for (;;) {
      const claimed = await run(async (tx) => {
        const [batch] = await tx.$queryRaw<{ batch_no: number; first: string; last: string }[]>`
          SELECT batch_no, first_store::text AS first, last_store::text AS last FROM draw_batches
          WHERE round_id = ${round.id}::uuid AND done_at IS NULL ORDER BY batch_no LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!batch) return false;
        await drawStores(tx, round, batch.first, batch.last);
        await tx.$executeRaw`UPDATE draw_batches SET done_at = ${at} WHERE round_id = ${round.id}::uuid AND batch_no = ${batch.batch_no}`;
        return true;
      });
      if (claimed) {
        drawn++;
        continue;
      }
      const waited = await run(async (tx) => (await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM draw_batches WHERE round_id = ${round.id}::uuid AND done_at IS NULL ORDER BY batch_no LIMIT 1 FOR UPDATE`).length);
      if (!waited) return;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
  return drawn;
}

/**
 * R2 (D173): draw the stores with ids in [first, last] entirely in PostgreSQL — rank every PLACED
 * order by sha256("<seed>:<orderId>") (ties by id) per store, select the first `supply` — and record
 * the decision, in the caller's transaction: a draw for each oversubscribed store and one draw entry
 * for every order (with ticket and rank where there was a draw). That is all the draw writes per
 * order: the order's status follows from its entry (lib/orders/order-state.ts), its payment code was
 * given at placement, and its notice is queued by the feeder once the batch is done (D171). Nothing
 * per order passes through Node, so memory does not grow with the round, and each transaction is short.
 */
export async function drawStores(tx: Tx, round: DrawRound, first: string, last: string): Promise<void> {
  if (!round.drawSeed) throw new Error(`Round ${round.id} has no revealed seed: close it first`);
  // A draw writes a great deal and re-does itself after a crash: it need not wait for the WAL flush.
  await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
  // The batch's orders to draw, with their store's demand and supply. Only PLACED ones: a round
  // drawn in part before D173 stored the others' status. (No order of the batch can have an entry:
  // a batch is claimed by one transaction and marked done in the one that writes its entries.)
  await tx.$executeRaw`
    CREATE TEMP TABLE draw_orders ON COMMIT DROP AS
    SELECT o.id, o.store_id, count(*) OVER (PARTITION BY o.store_id)::int AS demand, coalesce(s.packs, 0) AS supply
    FROM orders o
    LEFT JOIN store_supplies s ON s.round_id = o.round_id AND s.store_id = o.store_id
    WHERE o.round_id = ${round.id}::uuid AND o.status = 'PLACED'
      AND o.store_id >= ${first}::uuid AND o.store_id <= ${last}::uuid`;

  // R2: a draw record, and every entry's ticket and rank, for each oversubscribed store. Only these
  // orders are hashed and sorted. COLLATE "C" compares as the JS rule does (code points). Rows go in
  // by order id with time-ordered ids (D172): each index is walked once instead of hit at random.
  await tx.$executeRaw`
    INSERT INTO draws (id, round_id, store_id, supply, demand, performed_at)
    SELECT emask_uuidv7(), ${round.id}::uuid, store_id, min(supply), min(demand), now()
    FROM draw_orders GROUP BY store_id HAVING min(demand) > min(supply)`;
  await tx.$executeRaw`
    INSERT INTO draw_entries (order_id, draw_id, ticket, rank, selected)
    SELECT r.id, d.id, r.ticket, r.rank, r.rank <= r.supply
    FROM (
      SELECT b.id, b.store_id, b.supply, t.ticket,
             row_number() OVER (PARTITION BY b.store_id ORDER BY t.ticket COLLATE "C", b.id::text COLLATE "C")::int AS rank
      FROM draw_orders b
      CROSS JOIN LATERAL (SELECT encode(sha256(convert_to(${round.drawSeed} || ':' || b.id::text, 'UTF8')), 'hex') AS ticket) t
      WHERE b.demand > b.supply
    ) r
    JOIN draws d ON d.round_id = ${round.id}::uuid AND d.store_id = r.store_id
    ORDER BY r.id`;
  // Stores with enough supply: every order selected, no draw.
  await tx.$executeRaw`
    INSERT INTO draw_entries (order_id, selected)
    SELECT id, true FROM draw_orders WHERE demand <= supply ORDER BY id`;
}
