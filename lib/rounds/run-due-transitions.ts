import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { dayFromDb } from "@/lib/db/days";
import { dueTransitions, seedMatchesCommitment, type RoundJobState, type Transition } from "@/lib/rules";
import { roundCommitment, roundSeed } from "./draw-seed";
import { drawBatchesDone, drawPendingBatches, planDrawBatches, type DrawRound } from "./transitions/draw-batch";
import { enterLedger, moveOrders } from "./transitions/simple";

/**
 * The round's background transitions (R1–R5, S2): close ordering, draw and notify, lapse unpaid
 * orders, enter paid orders in the ledger, forfeit unpicked ones. Safe to run any number of times,
 * from any number of processes, and after a crash: each transition runs in one transaction that
 * first locks the round row and re-reads its "done" timestamp, then does all its work and sets the
 * timestamp. A run killed half-way rolls back and is simply done again by the next run. The draw
 * is the exception in size, not in kind: it runs as many such transactions, one batch of stores
 * each (draw_batches), and the round is marked drawn when a run finds every batch done.
 */
const DONE_COLUMN = { close: "closedAt", draw: "drawnAt", lapse: "lapsedAt", ledger: "ledgeredAt", forfeit: "forfeitedAt" } as const;

export type TransitionRun = { roundId: string; transition: Transition };

export async function runDueTransitions(): Promise<TransitionRun[]> {
  // Looked at without a lock first: at nearly every tick, in every process, no round has anything due,
  // and a locking transaction per round (four round trips through Prisma) every 15 s did nothing but
  // load the database and wait on locks others held. A round that looks due is then locked and looked
  // at again, as before.
  const rounds = await db().round.findMany({ where: { forfeitedAt: null }, select: { id: true, ...SCHEDULE } });
  const at = now();
  const ran: TransitionRun[] = [];
  for (const r of rounds) if (dueTransitions(jobState(r), at).length > 0) ran.push(...(await runRoundDueTransitions(r.id)));
  return ran;
}

const SCHEDULE = {
  orderClosesOn: true, resultsOn: true, paymentDeadline: true, pickupStart: true, pickupEnd: true,
  closedAt: true, drawnAt: true, lapsedAt: true, ledgeredAt: true, forfeitedAt: true,
} as const;
type Schedule = { [K in keyof typeof SCHEDULE]: K extends `${string}At` ? Date | null : Date };

/** What lib/rules needs of a round to say which of its jobs are due. */
function jobState(r: Schedule): RoundJobState {
  return {
    orderClosesOn: dayFromDb(r.orderClosesOn), resultsOn: dayFromDb(r.resultsOn), paymentDeadline: dayFromDb(r.paymentDeadline),
    pickupStart: dayFromDb(r.pickupStart), pickupEnd: dayFromDb(r.pickupEnd),
    done: { close: !!r.closedAt, draw: !!r.drawnAt, lapse: !!r.lapsedAt, ledger: !!r.ledgeredAt, forfeit: !!r.forfeitedAt },
  };
}

/** One round's due transitions, now (the worker's loop body; the console runs it for one round). */
export async function runRoundDueTransitions(id: string): Promise<TransitionRun[]> {
  const ran: TransitionRun[] = [];
  for (;;) {
    const step = await runNext(id);
    if (!step) break;
    if (typeof step === "object") {
      // The draw's batches run outside the round's lock, several at once; then look again.
      await drawPendingBatches((work) => db().$transaction(work, { timeout: 120_000 }), step.round, step.at, DRAW_WORKERS);
      continue;
    }
    ran.push({ roundId: id, transition: step });
  }
  return ran;
}

/** Draw batches in flight at once per process: one per core of a small database server. */
export const DRAW_WORKERS = 2;
type DrawPending = { round: DrawRound; at: Date };

/**
 * The round's lock for its jobs: one transition at a time, in any number of processes (and against
 * the console's and the supply editor's FOR UPDATE). NO KEY UPDATE, not UPDATE: every order insert
 * checks its round by foreign key with FOR KEY SHARE on the round row, which FOR UPDATE blocks — the
 * tick, every 15 s on every round, held all of an open round's orders while it looked whether a
 * transition was due (under load tens of milliseconds: the p99 at 200 connections went from ~200 to
 * ~300 ms when a tick fell in the run). No transition needs orders to wait: the window is the rule.
 */
export async function lockRoundForJobs(tx: Prisma.TransactionClient, roundId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM rounds WHERE id = ${roundId}::uuid FOR NO KEY UPDATE`;
}

/** Run the round's next due transition, if any; returns which one ran, or the draw still to do. */
async function runNext(roundId: string): Promise<Transition | DrawPending | null> {
  return db().$transaction(
    async (tx) => {
      await lockRoundForJobs(tx, roundId);
      const r = await tx.round.findUniqueOrThrow({ where: { id: roundId } });
      const at = now();
      const [next] = dueTransitions(jobState(r), at);
      if (!next) return null;
      if (next === "close") {
        // R2: reveal the seed — only one that matches the commitment published before.
        const seed = roundSeed(r.id);
        if (r.drawCommitment && !seedMatchesCommitment(seed, r.drawCommitment)) {
          throw new Error(`Round ${r.id}: the server secret changed since the commitment was published; the draw cannot be revealed`);
        }
        await tx.round.update({ where: { id: r.id }, data: { drawSeed: seed, drawCommitment: r.drawCommitment ?? roundCommitment(r.id) } });
      } else if (next === "draw") {
        // Planned here, under the lock; drawn batch by batch outside it; marked drawn once all are.
        if (!(await drawBatchesDone(tx, r.id))) {
          await planDrawBatches(tx, r.id);
          return { round: r, at };
        }
      } else if (next === "lapse") {
        await moveOrders(tx, r.id, "SELECTED", "LAPSED", "job:lapse");
      } else if (next === "ledger") {
        await enterLedger(tx, r);
      } else {
        await moveOrders(tx, r.id, "PAID", "FORFEITED", "job:forfeit");
      }
      await tx.round.update({ where: { id: r.id }, data: { [DONE_COLUMN[next]]: at } });
      return next;
    },
    { timeout: 120_000 },
  );
}
