/**
 * Run a command with a migrated database: `tsx scripts/with-db.ts [--purpose dev|test|e2e]
 * [--reset] [--seed] -- <command> [args…]`.
 *
 * Starts the database for that purpose (DATABASE_URL, or the project's own PostgreSQL), optionally
 * drops and recreates it (--reset), applies the migrations, optionally seeds, then runs the command
 * with DATABASE_URL set. When the command ends — or this process is told to stop — the command is
 * stopped, then PostgreSQL, cleanly; the exit code is the command's.
 */
import { spawn } from "node:child_process";
import { startDatabase, dropDatabase, ensureDatabaseExists, PURPOSES, type Purpose } from "./db/postgres";
import { applyMigrations } from "./db/schema-engine";
import { seedDatabase } from "./db/seed";

function parseArgs(argv: string[]) {
  const split = argv.indexOf("--");
  const own = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? [] : argv.slice(split + 1);
  const purposeIndex = own.indexOf("--purpose");
  const purpose = (purposeIndex === -1 ? "dev" : own[purposeIndex + 1]) as Purpose;
  if (!PURPOSES.includes(purpose)) throw new Error(`--purpose must be one of ${PURPOSES.join(", ")}`);
  if (command.length === 0) throw new Error("usage: with-db [--purpose dev|test|e2e] [--reset] [--seed] -- <command>");
  return { purpose, reset: own.includes("--reset"), seed: own.includes("--seed"), command };
}

async function main(): Promise<number> {
  const { purpose, reset, seed, command } = parseArgs(process.argv.slice(2));
  const database = await startDatabase(purpose);
  try {
    if (reset) {
      await dropDatabase(database.url);
      await ensureDatabaseExists(database.url);
    }
    const applied = await applyMigrations(database.url);
    if (applied.length) console.error(`[db] applied migrations: ${applied.join(", ")}`);
    process.env.DATABASE_URL = database.url; // what lib/env (and so the seed's code) reads
    if (seed) await seedDatabase(database.url, { local: true }); // this runner is local use only (below)
    // This runner is for development, tests and the demo: a local deployment (lib/env.ts), whose
    // next-auth may take its URL from the Host header (local servers on any port).
    const local = { EMASK_DEPLOYMENT: "local", AUTH_TRUST_HOST: "true" };
    return await run(command, { ...local, ...process.env, DATABASE_URL: database.url });
  } finally {
    await database.stop();
  }
}

function run([cmd, ...args]: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd!, args, { stdio: "inherit", env: childEnv });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, forward);
    child.on("error", (e) => {
      console.error(`[with-db] could not start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then(
  (code) => process.exit(code), // the schema engine keeps a handle open: exit explicitly
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
