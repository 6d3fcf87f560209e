/**
 * Runs once when the server starts. The configuration is checked here, before the first request;
 * a bad one stops the process (lib/startup.ts, D50). Node-only code is imported inside the runtime
 * check, so it never reaches an Edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerProcess } = await import("@/lib/startup");
    await startServerProcess();
  }
}
