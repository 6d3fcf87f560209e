import { env } from "@/lib/env";

/**
 * Node.js start-up (called from instrumentation.ts in the Node runtime only, which keeps
 * process.exit out of any Edge bundle). A bad configuration stops the process with one line and
 * exit code 1 — a server left running would answer every request with a 500 (issue 7 item 3, D50).
 */
export async function startServerProcess(): Promise<void> {
  try {
    env();
  } catch (e) {
    console.error(`emask: refusing to start. ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  // Background work (round transitions, SMS outbox) runs in every server process; database locks
  // make concurrent runs safe.
  const { startWorker } = await import("@/lib/jobs/worker");
  startWorker(env().EMASK_JOB_INTERVAL_SECONDS * 1000);
}
