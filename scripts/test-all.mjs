/**
 * `npm test`: every test tier. Unit tests and the build first, each alone, then two lanes side by side:
 *
 *   prisma generate ─► unit ─► build ─┬─► e2e
 *                                     └─► typecheck ─► integration ─► security
 *
 * Why: the e2e tier (one Playwright worker, one browser, one server) keeps about one core busy; the
 * other tiers, one after another, fit on the second core meanwhile. The build runs alone because
 * it uses every core and because `next build` writes what tsc reads (next-env.d.ts, .next/types).
 * The unit tier runs alone because it is quick and timed (a CSV parse must take under 2 s: no
 * other tier should compete with it).
 * Each tier keeps its own PostgreSQL cluster and port (scripts/db/postgres.ts: one per purpose),
 * server ports (E2E_PORT…+3, SECURITY_PORT), stand-in folder and clock file (both per database),
 * so no tier sees another's data.
 *
 * Each tier's command is its package.json script without the `prisma generate` (or `npm run build`)
 * in front, read from package.json so the two cannot drift apart. Every output line is prefixed
 * with its tier. The run stops where a tier fails, as `a && b` would, except that a failed build
 * stops only what needs it (e2e, security) and a failure in one lane leaves the other running; it
 * ends with a summary of every tier and exit status 1 if any failed.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const scripts = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;

/** The command of `script` without the `prefix` every standalone run needs but `npm test` does once. */
function without(script, prefix) {
  const command = scripts[script];
  if (!command?.startsWith(prefix)) throw new Error(`test-all: package.json script "${script}" no longer starts with "${prefix}"; update scripts/test-all.mjs`);
  return command.slice(prefix.length);
}

const GENERATE = "npm run db:generate && ";
const TIERS = {
  build: without("build", GENERATE),
  // No Playwright traces in the full run: recording them cost about a fifth of the tier's time.
  // A failing test still leaves its screenshot and error context in test-results/; run the spec
  // alone (`npx playwright test tests/e2e/<spec>`) to get its trace (playwright.config.ts).
  e2e: `${without("test:e2e", "npm run build && ")} --trace off`,
  unit: scripts["test:unit"],
  integration: without("test:integration", GENERATE),
  typecheck: without("typecheck", GENERATE),
  security: scripts["test:security"],
};

// Ports: the tiers run at once, so each needs its own. EMASK_PG_PORT, when set, applies to every
// purpose (scripts/db/postgres.ts): give each tier its own port from it.
const pgBase = process.env.EMASK_PG_PORT ? Number(process.env.EMASK_PG_PORT) : undefined;
const pgPort = (offset) => (pgBase === undefined ? {} : { EMASK_PG_PORT: String(pgBase + offset) });
const TIER_ENV = { integration: pgPort(0), e2e: pgPort(1), security: pgPort(2) };
const e2ePort = Number(process.env.E2E_PORT ?? 3100); // the e2e tier uses this port and the next three
const securityPort = Number(process.env.SECURITY_PORT ?? 3200);
if (securityPort >= e2ePort && securityPort <= e2ePort + 3) {
  console.error(`test-all: SECURITY_PORT ${securityPort} collides with the e2e tier's ports ${e2ePort}–${e2ePort + 3}; choose another`);
  process.exit(2);
}

const WIDTH = Math.max(...Object.keys(TIERS).map((t) => t.length), "generate".length);
const children = new Set();
let stopping = ""; // the signal that asked the run to stop: no tier starts after it
const results = new Map(); // tier -> { status: "passed" | "failed" | "not run", seconds, why? }
const start = Date.now();

function prefixLines(tier, stream, out) {
  const tag = `[${tier.padEnd(WIDTH)}] `;
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    if (lines.length) out.write(lines.map((l) => tag + l).join("\n") + "\n");
  });
  stream.on("end", () => rest && out.write(tag + rest + "\n"));
}

/** Run one tier's shell command (node_modules/.bin on the PATH, as under npm); resolves true when it passed. */
function run(tier, command) {
  if (stopping) {
    notRun(tier, `stopped by ${stopping}`);
    return Promise.resolve(false);
  }
  const began = Date.now();
  console.log(`[${tier.padEnd(WIDTH)}] ▶ ${command}   (at ${Math.round((began - start) / 1000)} s)`);
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, so that a signal reaches the tier's whole tree (below)
      env: { ...process.env, ...TIER_ENV[tier], PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` },
    });
    children.add(child);
    prefixLines(tier, child.stdout, process.stdout);
    prefixLines(tier, child.stderr, process.stderr);
    child.on("close", (code, signal) => {
      children.delete(child);
      const seconds = Math.round((Date.now() - began) / 1000);
      const passed = code === 0;
      results.set(tier, { status: passed ? "passed" : "failed", seconds, why: passed ? "" : signal ? `signal ${signal}` : `exit code ${code}` });
      console.log(`[${tier.padEnd(WIDTH)}] ${passed ? "✔ passed" : "✘ FAILED"} in ${seconds} s`);
      resolve(passed);
    });
  });
}

function notRun(tier, why) {
  results.set(tier, { status: "not run", seconds: 0, why });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stopping = signal;
    for (const child of children) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
  });
}

async function main() {
  for (const tier of ["generate", "unit"]) {
    if (!(await run(tier, tier === "generate" ? "npm run db:generate" : TIERS[tier]))) {
      return Object.keys(TIERS).filter((t) => !results.has(t)).forEach((t) => notRun(t, `${tier} failed`));
    }
  }
  const built = await run("build", TIERS.build);
  const lane1 = built ? run("e2e", TIERS.e2e) : notRun("e2e", "the build failed");
  const lane2 = (async () => {
    for (const tier of ["typecheck", "integration"]) {
      if (!(await run(tier, TIERS[tier]))) return notRun("security", `${tier} failed`);
    }
    if (built) await run("security", TIERS.security);
    else notRun("security", "the build failed");
  })();
  await Promise.all([lane1, lane2]);
}
await main();

const order = ["generate", "unit", "build", "e2e", "typecheck", "integration", "security"];
console.log(`\ntest tiers (${Math.round((Date.now() - start) / 1000)} s in all):`);
for (const tier of order) {
  const r = results.get(tier);
  if (r) console.log(`  ${tier.padEnd(WIDTH)}  ${r.status.padEnd(7)}  ${r.status === "not run" ? "" : `${String(r.seconds).padStart(4)} s`}${r.why ? `  (${r.why})` : ""}`);
}
const failed = order.filter((t) => results.get(t)?.status === "failed");
const skipped = order.filter((t) => results.get(t)?.status === "not run");
if (failed.length || skipped.length) console.log(`npm test: FAILED — failed: ${failed.join(", ") || "none"}; not run: ${skipped.join(", ") || "none"}`);
process.exit(failed.length || skipped.length ? 1 : 0);
