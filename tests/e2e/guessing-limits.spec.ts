/**
 * Issue 7 item 2 against the running server (scripts/server.mjs). The e2e server trusts its
 * loopback peer as a proxy (playwright.config.ts), so a test stands for a client by the address a
 * proxy would append last in X-Forwarded-For; whatever a client writes further left is its own
 * claim and must change nothing. Addresses are from the documentation ranges, distinct per test,
 * so no other spec's budget (127.0.0.1) is touched.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { sql } from "./helpers/db";
import { staffCode } from "./helpers/people";

const LIMIT_PER_CLIENT = 300; // LIMITS.deviceCodePerClient

test("issue 7 item 2: device-code guesses stay limited when the cookie is dropped and the client rotates X-Forwarded-For", async ({ playwright }) => {
  test.setTimeout(120_000);
  const client = `203.0.113.${Date.now() % 200}`; // a new client on every rerun
  const guess = async (i: number) => {
    // A fresh context each time: no device cookie, so a new device id every guess.
    const ctx: APIRequestContext = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const fake = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const res = await ctx.post("/api/app/device/bind", {
      data: { code: String(10_000_000 + i) },
      // The client's own claims (a rotating hop, a forged socket header), then what the proxy saw.
      headers: { "x-forwarded-for": `${fake}, ${client}`, "x-emask-socket-address": fake },
    });
    const status = res.status();
    await ctx.dispose();
    return status;
  };
  for (let i = 0; i < LIMIT_PER_CLIENT; i++) expect(await guess(i)).not.toBe(429);
  expect(await guess(LIMIT_PER_CLIENT)).toBe(429);
  // Counted under the address the proxy saw, and under nothing the client wrote.
  const keys = await sql<{ key: string }>(`SELECT key FROM rate_limit_buckets WHERE key LIKE 'device-code:client:%' AND key NOT LIKE '%127.0.0.1'`);
  expect(keys.map((k) => k.key)).toContain(`device-code:client:${client}`);
  expect(keys.filter((k) => k.key.startsWith("device-code:client:10."))).toEqual([]);
});

test.describe("issue 7 item 2: staff sign-in — knowing a username locks nobody out", () => {
  test("issue 7 item 2: an attacker's wrong passwords throttle the attacker, not the owner, and unknown users answer alike", async ({ playwright }) => {
    const attacker = `198.51.100.${Date.now() % 200}`;
    const ctx = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": attacker } });
    // The no-JS sign-in (issue 7 item 7) answers with a 303 to the login page naming only a code.
    const attempt = async (username: string, password: string) => {
      const res = await ctx.post("/staff/login/submit", { form: { username, password }, maxRedirects: 0 });
      expect(res.status()).toBe(303);
      return res.headers().location ?? "";
    };
    const real: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      real.push(await attempt("auditor", `wrong-${i}`));
      unknown.push(await attempt("no-such-user", `wrong-${i}`));
    }
    expect(real).toEqual(unknown);
    expect(real.slice(0, 5)).toEqual(Array(5).fill("/staff/login?error=INVALID"));
    expect(real[5]).toBe("/staff/login?error=RATE_LIMITED");
    expect(await attempt("auditor", "emask-demo-auditor")).toBe("/staff/login?error=RATE_LIMITED");
    await ctx.dispose();
    // The owner, from their own address, signs in at once.
    const owner = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const res = await owner.post("/staff/login/submit", { form: { username: "auditor", password: "emask-demo-auditor", code: staffCode() }, maxRedirects: 0 });
    expect(res.headers().location).toBe("/staff");
    expect((await (await owner.get("/api/me")).json()).principal).toMatchObject({ kind: "staff", role: "AUDITOR" });
    await owner.dispose();
  });
});
