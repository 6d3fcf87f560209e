import "server-only";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { dayFromDb } from "@/lib/db/days";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { deliverNotices } from "@/lib/notices/deliver";
import { DRAW_WORKERS, runRoundDueTransitions } from "@/lib/rounds/run-due-transitions";
import { drawBatchesDone, drawPendingBatches, planDrawBatches, type DrawRound } from "@/lib/rounds/transitions/draw-batch";
import { queueDrawNotices } from "@/lib/rounds/transitions/draw-notices";
import { drawConsoleState, type DrawConsoleRound, type DrawConsoleState } from "./draw-rules";

/**
 * Issue 10 item 4: the draw and the round's later steps from the console. Nothing here draws or
 * moves orders itself — it runs the round's own transitions (lib/rounds): the close, the batched
 * set-based draw (draw_batches), lapse, ledger and forfeit — and audits who pressed what.
 */
export async function loadDrawRound(roundId: string): Promise<(DrawConsoleRound & { id: string; name: string }) | null> {
  const r = await db().round.findUnique({
    where: { id: roundId },
    select: { id: true, name: true, orderClosesOn: true, resultsOn: true, paymentDeadline: true, pickupStart: true, pickupEnd: true, closedAt: true, drawnAt: true, notifiedAt: true, lapsedAt: true, ledgeredAt: true, forfeitedAt: true },
  });
  if (!r) return null;
  const [b] = await db().$queryRaw<{ total: number; done: number }[]>`
    SELECT count(*)::int AS total, count(done_at)::int AS done FROM draw_batches WHERE round_id = ${roundId}::uuid`;
  return {
    ...r,
    orderClosesOn: dayFromDb(r.orderClosesOn), resultsOn: dayFromDb(r.resultsOn), paymentDeadline: dayFromDb(r.paymentDeadline),
    pickupStart: dayFromDb(r.pickupStart), pickupEnd: dayFromDb(r.pickupEnd),
    batches: { total: b?.total ?? 0, done: b?.done ?? 0 },
  };
}

export async function drawStateOf(roundId: string): Promise<{ round: NonNullable<Awaited<ReturnType<typeof loadDrawRound>>>; state: DrawConsoleState } | null> {
  const round = await loadDrawRound(roundId);
  return round ? { round, state: drawConsoleState(round, now()) } : null;
}

export type Oversubscribed = { storeId: string; code: string; name: string; supply: number; demand: number };

/** The preview: stores whose orders exceed their supply (where the draw decides), worst first. */
export async function oversubscribedStores(roundId: string, limit = 50): Promise<{ stores: Oversubscribed[]; count: number; orders: number; supply: number }> {
  const rows = await db().$queryRaw<{ store_id: string; code: string; name: string; supply: number; demand: number; count: number; orders: number; total_supply: number }[]>`
    WITH d AS (
      SELECT o.store_id, count(*)::int AS demand, coalesce(min(sup.packs), 0)::int AS supply
      FROM orders o LEFT JOIN store_supplies sup ON sup.round_id = o.round_id AND sup.store_id = o.store_id
      WHERE o.round_id = ${roundId}::uuid GROUP BY o.store_id
    ), over AS (SELECT * FROM d WHERE demand > supply)
    SELECT over.store_id::text, s.code, s.name, over.supply, over.demand,
           (count(*) OVER ())::int AS count, (sum(over.demand) OVER ())::int AS orders, (sum(over.supply) OVER ())::int AS total_supply
    FROM over JOIN stores s ON s.id = over.store_id
    ORDER BY over.demand - over.supply DESC, s.code LIMIT ${limit}`;
  return {
    stores: rows.map((r) => ({ storeId: r.store_id, code: r.code, name: r.name, supply: r.supply, demand: r.demand })),
    count: rows[0]?.count ?? 0, orders: rows[0]?.orders ?? 0, supply: rows[0]?.total_supply ?? 0,
  };
}

const refusal = (code: string, zh: string, en: string) => new AppError(code, "CONFLICT", { "zh-TW": zh, en });
const NOT_FOUND = new AppError("ROUND_NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到這一輪。", en: "No such round." });

/**
 * Start the draw: run the close if it is due (it reveals the seed), then plan the batches under
 * the round's lock. Returns the round for `finishDraw`; throws a CONFLICT when the draw may not run.
 */
export async function beginDraw(roundId: string, staffId: string): Promise<{ round: DrawRound; at: Date } | "drawn"> {
  const first = await drawStateOf(roundId);
  if (!first) throw NOT_FOUND;
  if (!first.state.draw.allowed) {
    throw first.state.draw.reason === "ALREADY_DRAWN"
      ? refusal("ALREADY_DRAWN", "這一輪已經抽籤。", "This round has been drawn already.")
      : refusal("ORDERING_OPEN", "預購尚未截止，不能抽籤。", "Ordering has not closed: the draw cannot run yet.");
  }
  // The close is due but not done: run the round's due transitions — the close (it reveals the
  // seed), and on the results day the draw itself, which then needs nothing more from us.
  if (!first.round.closedAt && (await runRoundDueTransitions(roundId)).some((r) => r.transition === "draw")) {
    await audit(db(), { actorStaffId: staffId, actorKind: "staff", action: "console.draw.done", targetType: "round", targetId: roundId });
    return "drawn";
  }
  const at = now();
  const round = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
    const r = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, drawSeed: true, paymentDeadline: true, closedAt: true, drawnAt: true } });
    if (r.drawnAt) throw refusal("ALREADY_DRAWN", "這一輪已經抽籤。", "This round has been drawn already.");
    if (!r.closedAt || !r.drawSeed) throw refusal("ORDERING_OPEN", "預購尚未截止，不能抽籤。", "Ordering has not closed: the draw cannot run yet.");
    await planDrawBatches(tx, roundId);
    await audit(tx, { actorStaffId: staffId, actorKind: "staff", action: "console.draw.start", targetType: "round", targetId: roundId });
    return r;
  });
  return { round, at };
}

/**
 * Draw every pending batch (other processes may be drawing some: SKIP LOCKED shares them), then,
 * when all are done, mark the round drawn under its lock — exactly what the results-day job does.
 */
export async function finishDraw(round: DrawRound, at: Date, staffId: string): Promise<boolean> {
  await drawPendingBatches((work) => db().$transaction(work, { timeout: 120_000 }), round, at, DRAW_WORKERS);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM rounds WHERE id = ${round.id}::uuid FOR UPDATE`;
    const r = await tx.round.findUniqueOrThrow({ where: { id: round.id }, select: { drawnAt: true } });
    if (r.drawnAt) return true;
    if (!(await drawBatchesDone(tx, round.id))) return false;
    await tx.round.update({ where: { id: round.id }, data: { drawnAt: at } });
    await audit(tx, { actorStaffId: staffId, actorKind: "staff", action: "console.draw.done", targetType: "round", targetId: round.id });
    return true;
  }, { timeout: 120_000 });
}

/** Send the round's notices now (the outbox, as the next tick would), and record when. */
export async function publishNotices(roundId: string, staffId: string): Promise<{ sent: number; failed: number }> {
  const r = await db().round.findUnique({ where: { id: roundId }, select: { drawnAt: true } });
  if (!r) throw NOT_FOUND;
  if (!r.drawnAt) throw refusal("NOT_DRAWN", "這一輪尚未抽籤。", "This round has not been drawn yet.");
  await queueDrawNotices((work) => db().$transaction(work, { timeout: 120_000 }), now());
  const result = await deliverNotices();
  await db().$transaction(async (tx) => {
    await tx.round.updateMany({ where: { id: roundId, notifiedAt: null }, data: { notifiedAt: now() } });
    await audit(tx, { actorStaffId: staffId, actorKind: "staff", action: "console.notices.send", targetType: "round", targetId: roundId, details: result });
  });
  return result;
}

/** Lapse (R3), ledger (S2) and forfeit (R5) when due: the round's own transitions, run now. */
export async function runDueSteps(roundId: string, staffId: string): Promise<string[]> {
  const s = await drawStateOf(roundId);
  if (!s) throw NOT_FOUND;
  if (s.state.due.length === 0) throw refusal("NOTHING_DUE", "目前沒有到期的作業。", "Nothing is due now.");
  const ran = (await runRoundDueTransitions(roundId)).map((r) => r.transition);
  await audit(db(), { actorStaffId: staffId, actorKind: "staff", action: "console.round.run_due", targetType: "round", targetId: roundId, details: { ran } });
  return ran;
}

/** The outbox at a glance: notices by status and channel, and the latest failures. */
export async function outbox(): Promise<{ counts: { status: string; channel: string; n: number }[]; failed: { id: string; kind: string; channel: string; recipient: string; attempts: number; createdAt: Date }[] }> {
  const [counts, failed] = await Promise.all([
    db().$queryRaw<{ status: string; channel: string; n: number }[]>`
      SELECT status::text AS status, channel::text AS channel, count(*)::int AS n FROM notices GROUP BY 1, 2 ORDER BY 1, 2`,
    db().notice.findMany({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, kind: true, channel: true, recipient: true, attempts: true, createdAt: true } }),
  ]);
  return { counts, failed: failed.map((f) => ({ ...f, recipient: maskRecipient(f.recipient) })) };
}

/** "0912345678" → "0912***678"; "a.person@example.com" → "a***@example.com". */
export function maskRecipient(r: string): string {
  const at = r.indexOf("@");
  if (at > 0) return `${r[0]}***${r.slice(at)}`;
  return r.length > 7 ? `${r.slice(0, 4)}***${r.slice(-3)}` : "***";
}

/** Put failed notices back in the queue (all, or one): the worker sends them on its next tick. */
export async function retryFailed(staffId: string, noticeId?: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.notice.updateMany({
      where: { status: "FAILED", ...(noticeId ? { id: noticeId } : {}) },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now() },
    });
    await audit(tx, { actorStaffId: staffId, actorKind: "staff", action: "console.notices.retry", targetType: noticeId ? "notice" : undefined, targetId: noticeId, details: { requeued: count } });
    return count;
  });
}
