/**
 * Runs once when the server starts. Production must not start with the local stand-ins for the
 * outside parties (card reader, NHI card service, certificate signer, telecom, SMS, payment) unless
 * explicitly allowed (EMASK_ALLOW_STANDINS=yes), and must have its secrets configured.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const e = env(); // throws on a missing or invalid setting, stopping the start
  if (!e.standinsAllowed) {
    throw new Error(
      "emask: production uses the local stand-ins for the NHI card service, certificate signer, telecom operator, " +
        "SMS and payment gateway until the real adapters are configured; set EMASK_ALLOW_STANDINS=yes to run it anyway.",
    );
  }
  // Background work (round transitions, SMS outbox) runs in every server process; database locks
  // make concurrent runs safe.
  const { startWorker } = await import("@/lib/jobs/worker");
  startWorker();
}
