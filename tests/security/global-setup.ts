import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    securityBaseUrl: string;
    securityDatabaseUrl: string;
  }
}

/**
 * Security tier: the production build (`scripts/server.mjs`, as in the e2e tier) on its own fresh, seeded
 * database (purpose "security", scripts/db/postgres.ts), probed over HTTP like an attacker would.
 * Needs a build (`npm run build`; `npm test` builds in the e2e step just before).
 */
const PORT = Number(process.env.SECURITY_PORT ?? 3200);
let server: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  // While developing: reuse a server you started (its URL and its database's URL).
  if (process.env.SECURITY_BASE_URL && process.env.SECURITY_DATABASE_URL) {
    project.provide("securityBaseUrl", process.env.SECURITY_BASE_URL);
    project.provide("securityDatabaseUrl", process.env.SECURITY_DATABASE_URL);
    return;
  }
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`security tier: no build in ${distDir}/ — run \`npm run build\` first`);
  const databaseUrl = await new Promise<string>((resolve, reject) => {
    // with-db prints nothing machine-readable; the child prints DATABASE_URL before starting Next.
    server = spawn(
      "npx",
      ["tsx", "scripts/with-db.ts", "--purpose", "security", "--reset", "--seed", "--", "node", "-e",
        "console.log('SECURITY_DATABASE_URL=' + process.env.DATABASE_URL); require('node:child_process').spawn(process.execPath, ['scripts/server.mjs', '-p', process.argv[1], '-H', '127.0.0.1'], { stdio: 'inherit' }).on('exit', (c) => process.exit(c ?? 1)); for (const s of ['SIGTERM','SIGINT']) process.on(s, () => {});",
        String(PORT)],
      { stdio: ["ignore", "pipe", "pipe"], detached: true, env: process.env },
    );
    let out = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /SECURITY_DATABASE_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    let err = "";
    server.stderr!.on("data", (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
    server.on("exit", (code) => reject(new Error(`security tier: server exited (${code}) before starting:\n${err}`)));
  });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("security tier: the server did not answer /api/health within 120 s");
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide("securityBaseUrl", baseUrl);
  project.provide("securityDatabaseUrl", databaseUrl);
}

export async function teardown(): Promise<void> {
  if (!server?.pid) return;
  const exited = new Promise((r) => server!.once("exit", r));
  try {
    process.kill(-server.pid, "SIGTERM"); // the whole group: with-db, node -e, scripts/server.mjs
  } catch {
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
  clearTimeout(timer); // a pending timer would keep vitest's process alive (it waited 10 s, then gave up)
  // Let vitest exit: our ends of the child's pipes would keep the event loop alive.
  server.stdout?.destroy();
  server.stderr?.destroy();
  server.unref();
}
