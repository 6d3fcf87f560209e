import { runDueTransitions } from "@/lib/rounds/run-due-transitions";
import { deliverNotices } from "@/lib/notices/deliver";
import { queueDrawNotices } from "@/lib/rounds/transitions/draw-notices";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { queueReminders } from "@/lib/notices/reminders";
import { deliverDueEmails } from "@/lib/mail/outbox";

/**
 * One tick of background work: the rounds' due transitions, reminders, the draw's notices, then the SMS outbox. Called every
 * 15 s by the server (instrumentation.ts), on demand by an admin, and by `npm run jobs`.
 * Overlapping ticks in one process are skipped; across processes the database locks keep it safe.
 */
let running = false;

export async function tick(): Promise<{ transitions: number; sent: number } | null> {
  if (running) return null;
  running = true;
  try {
    const transitions = await runDueTransitions();
    await queueReminders();
    // The draw's notices, a few batches ahead of the outbox (D171).
    await queueDrawNotices((work) => db().$transaction(work, { timeout: 120_000 }), now());
    const { sent } = await deliverNotices();
    await deliverDueEmails();
    return { transitions: transitions.length, sent };
  } finally {
    running = false;
  }
}

export function startWorker(intervalMs = 15_000): () => void {
  const timer = setInterval(() => {
    tick().catch((e) => console.error("[jobs] tick failed", e));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
