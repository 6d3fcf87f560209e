/** Starting and stopping the production server (and the reference) for the HTTP benchmarks. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

/** `npm run build` unless a production build is there already. */
export async function ensureBuild(log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  log("bench: no production build yet: npm run build");
  await new Promise<void>((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited ${code}`))));
  });
}

/** The app as deployed (`scripts/server.mjs`: Next's production server) on 127.0.0.1:port, on the given database. */
export function startApp(url: string, port: number): ChildProcess {
  return start("node", [path.join(ROOT, "scripts/server.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    DATABASE_URL: url, EMASK_DEPLOYMENT: "local", AUTH_TRUST_HOST: "true", NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  });
}

export function start(cmd: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

/** Stop children (their whole process groups) and wait until they are gone. */
export async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((c) => new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null || !c.pid) return resolve();
    c.on("exit", () => resolve());
    try {
      process.kill(-c.pid, "SIGTERM");
    } catch {
      resolve();
    }
  })));
}

export async function waitFor(url: string, anyAnswer = false): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(url);
      if (res.ok || anyAnswer) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench: ${url} did not come up`);
}

/** A session cookie as the app issues after verification (next-auth JWT under the app's secret). */
export async function citizenCookie(personId: string, channel: "WEB" | "APP" = "APP"): Promise<string> {
  const { encode } = await import("next-auth/jwt");
  const { env } = await import("../lib/env");
  const principal = { kind: "citizen" as const, personId, method: channel === "APP" ? ("PHONE" as const) : ("NHI_CARD" as const), channel };
  return `next-auth.session-token=${await encode({ secret: env().NEXTAUTH_SECRET, token: { principal } })}`;
}
