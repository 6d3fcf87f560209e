/**
 * Runs once when the server starts. The configuration is checked here, before the first request:
 * outside local use every outside party needs a real adapter with its settings, and the secrets
 * must be set (lib/env.ts). A bad configuration stops the process with one message and exit code 1
 * — a server that stayed up would answer every request with a 500 (issue 7 item 3, D50).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  try {
    env();
  } catch (e) {
    console.error(`emask: refusing to start. ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  // Background work (round transitions, SMS outbox) runs in every server process; database locks
  // make concurrent runs safe.
  const { startWorker } = await import("@/lib/jobs/worker");
  startWorker();
}
