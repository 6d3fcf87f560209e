/**
 * Runs once when the server starts. Production must not start with the local stand-ins for the
 * outside parties (card reader, NHI card service, certificate signer, telecom, SMS, payment) unless
 * explicitly allowed (EMASK_ALLOW_STANDINS=yes), and must have its secrets configured.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const e = env(); // throws on a missing or invalid setting, stopping the start
  // Issue 7 item 2: rate limits need the socket address, which only scripts/server.mjs provides.
  if (!e.local && e.EMASK_SOCKET_ADDRESS_HEADER !== "1") {
    throw new Error("emask: start the production server with `node scripts/server.mjs` (rate limits need the client's socket address).");
  }
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
