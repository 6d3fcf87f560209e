/**
 * Issue 7 items 3 and 6 against the real build run as a deployment: `scripts/server.mjs` with
 * EMASK_DEPLOYMENT=production on a database of its own (migrated, seeded as a deployment is), so its
 * background worker never touches the e2e run's data. Its port is E2E_PORT + 1.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl } from "./helpers/db";
import { PRODUCTION_ENV } from "../support/production-env";
import { staffCode } from "./helpers/people";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://127.0.0.1:${PORT}`;

function productionDatabaseUrl(): string {
  const url = new URL(e2eDatabaseUrl());
  url.pathname = `${url.pathname.slice(1)}_prod`;
  return url.toString();
}

/** The environment of a deployment: nothing of the local runner's (no EMASK_DEPLOYMENT=local). */
function deploymentEnv(over: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, ...PRODUCTION_ENV, DATABASE_URL: productionDatabaseUrl() };
  for (const key of ["EMASK_DEPLOYMENT", "AUTH_TRUST_HOST", "EMASK_ALLOW_STANDINS"]) delete base[key];
  Object.assign(base, { EMASK_DEPLOYMENT: "production", NEXTAUTH_URL: BASE }, over);
  for (const [k, v] of Object.entries(over)) if (v === undefined) delete base[k];
  return base;
}

function startServer(childEnv: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["scripts/server.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { env: childEnv });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitUntilUp(exited: Promise<number | null>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 150 && !done; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the production server did not come up");
}

test.describe("a deployment (NODE_ENV=production, EMASK_DEPLOYMENT=production)", () => {
  test.describe.configure({ timeout: 120_000 });

  test.beforeAll(() => {
    // Migrate and seed the deployment's own database the way an operator would.
    const env = deploymentEnv({ NODE_ENV: "production" });
    for (const script of ["scripts/db/migrate.ts", "scripts/db/seed-cli.ts"]) {
      const run = spawnSync(process.execPath, ["--import", "tsx", script], { env, encoding: "utf8", timeout: 90_000 });
      expect(run.status, run.stderr).toBe(0);
    }
  });

  test("issue 7 item 3: a deployment with a stand-in or a missing adapter exits non-zero at start with one message naming them", async () => {
    const server = startServer(deploymentEnv({ EMASK_SMS_ADAPTER: "standin", EMASK_TELECOM_ADAPTER: undefined, EMASK_ALLOW_STANDINS: "yes" }));
    const code = await Promise.race([server.exited, new Promise<"still up">((r) => setTimeout(() => r("still up"), 60_000))]);
    if (code === "still up") server.child.kill("SIGTERM");
    expect(code).toBe(1);
    const lines = server.output().split("\n").filter((l) => l.includes("refusing to start"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("EMASK_SMS_ADAPTER=standin is for local use only");
    expect(lines[0]).toContain("EMASK_TELECOM_ADAPTER is missing");
    expect(lines[0]).toContain("EMASK_ALLOW_STANDINS no longer exists");
  });

  test("issue 7 items 3 and 6: configured, it serves pages with CSP and HSTS, and no stand-in or demo inbox exists (404)", async ({ browser }) => {
    const server = startServer(deploymentEnv({}));
    try {
      await waitUntilUp(server.exited);
      const home = await fetch(`${BASE}/`);
      expect(home.status).toBe(200);
      expect(home.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      const csp = home.headers.get("content-security-policy")!;
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("upgrade-insecure-requests");
      expect(csp).not.toContain("unsafe-eval");

      for (const path of ["/dev/sms", "/dev/mailbox", "/standins/atm", "/standins/gateway/00000000-0000-0000-0000-000000000000"]) {
        expect((await fetch(`${BASE}${path}`)).status, path).toBe(404);
      }
      for (const [method, path] of [["GET", "/api/standins/card-reader/cards"], ["POST", "/api/standins/card-reader/sign"], ["POST", "/api/standins/moica-signer/reset"], ["POST", "/api/standins/telecom/subscriber-check"]]) {
        const res = await fetch(`${BASE}${path}`, { method, headers: { "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
        expect(res.status, path).toBe(404);
        expect((await res.json()).error.code).toBe("NOT_FOUND");
      }
      // The demo staff do not exist in a deployment's database.
      const page = await (await browser.newContext({ baseURL: BASE })).newPage();
      const violations: string[] = [];
      page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
      await page.goto("/staff/login");
      await page.getByLabel("帳號").fill("admin");
      await page.getByLabel("密碼").fill("emask-demo-admin");
      await page.getByLabel("驗證碼").fill(staffCode());
      await page.getByRole("button", { name: "登入" }).click();
      await expect(page.getByRole("alert", { name: "帳號、密碼或驗證碼錯誤。" })).toBeVisible();
      expect(violations).toEqual([]);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  });
});
