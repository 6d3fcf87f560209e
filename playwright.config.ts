import { defineConfig, devices } from "@playwright/test";

// e2e tier: Debian's Chromium (Playwright cannot download browsers here), against the production
// build served by `next start` on a fresh, migrated and seeded e2e database.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  // No Content-Security-Policy violation anywhere in the run (issue 7 item 6): reports are cleared
  // at the start and checked at the end.
  globalSetup: "./tests/e2e/global/setup.ts",
  globalTeardown: "./tests/e2e/global/teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // `npm test` runs with --trace off: recording every test's trace (to keep the failing ones) cost
    // about a fifth of the tier's time. Run a spec alone to get the trace of its failure.
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      // Without the networking flags Chromium floods the closed network with connection attempts.
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // Migrate and seed inside the server command: Playwright starts webServer before globalSetup.
    // scripts/server.mjs, as production runs; the loopback peer is a trusted proxy here so that
    // tests can stand for distinct clients with X-Forwarded-For (issue 7 item 2) — a browser's
    // own requests carry none, so they count as 127.0.0.1.
    command: `EMASK_TRUSTED_PROXIES=127.0.0.1 npx tsx scripts/with-db.ts --purpose e2e --reset --seed -- node scripts/server.mjs -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
