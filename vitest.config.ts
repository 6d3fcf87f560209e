import { defineConfig } from "vitest/config";
import path from "node:path";

// Three tiers run by vitest, told apart by file name:
//   tests/**/*.test.ts              unit: pure, no database, milliseconds
//   tests/**/*.integration.test.ts  integration: a real PostgreSQL (never mocked), run serially
//   tests/**/*.security.test.ts     security: authorization matrix + fuzz, over HTTP against `next start`
// The third tier (Playwright) lives in tests/e2e/*.spec.ts and is not run by vitest.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React server bundle; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.integration.test.ts", "tests/**/*.security.test.ts", "tests/e2e/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Against the production build over HTTP (tests/security/global-setup.ts): the
          // authorization matrix and the fuzz tier. Needs `npm run build` first.
          name: "security",
          include: ["tests/**/*.security.test.ts"],
          environment: "node",
          globalSetup: ["tests/security/global-setup.ts"],
          setupFiles: ["tests/security/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
