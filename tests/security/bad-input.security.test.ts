import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { completeIdNumber } from "@/lib/rules";
import { discoverActions } from "./support/discover";
import { callAction, callRoute, hasErrorShape } from "./support/http";
import { baseUrl, resetRateLimits, signIn, type Fixtures, type PrincipalName, type Session } from "./support/principals";

/**
 * Issue 7 item 4, case by case, against the production build over HTTP: each input the review
 * found answering 500 now answers a 4xx (or the page without the bad value). The fuzz tier
 * generalises these; these name the reported cases.
 */
describe("issue 7 item 4: the reported bad inputs", () => {
  let sessions: Record<PrincipalName, Session>;
  let fx: Fixtures;
  beforeAll(async () => {
    ({ sessions, fixtures: fx } = await signIn());
    await resetRateLimits();
  });

  it("issue 7 item 4: /api/stores?q=%00 → 422 VALIDATION", async () => {
    const o = await callRoute(sessions.anonymous, "GET", "/api/stores?q=%00");
    expect(o.status).toBe(422);
    expect(JSON.parse(o.body)).toMatchObject({ error: { code: "VALIDATION" } });
  });

  it("issue 7 item 4: a NUL byte in a login ID → 4xx (app login 422; staff login refused like a wrong password)", async () => {
    const app = await callRoute(sessions.anonymous, "POST", "/api/app/login", JSON.stringify({ idNumber: "A12345678\u0000", password: "secret12" }));
    expect(app.status).toBe(422);
    expect(hasErrorShape(app)).toBe(true);
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const staff = await fetch(`${baseUrl()}/api/auth/callback/staff`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ username: "admin\u0000", password: "emask-demo-admin", csrfToken, json: "true" }),
    });
    expect(staff.status).toBeLessThan(500);
    expect(staff.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(false);
  });

  it("issue 7 item 4: a NUL byte in a card login ID number (counter) → 4xx, not 500", async () => {
    const id = completeIdNumber("A12345678");
    const o = await callRoute(sessions.COUNTER, "POST", "/api/staff/counter", JSON.stringify({ idNumber: `${id}\u0000`, cardNumber: "000012345678", phoneNumber: "0912345678", documents: { nhiCard: true, idCard: true, householdRegister: true } }));
    expect(o.status).toBeGreaterThanOrEqual(400);
    expect(o.status).toBeLessThan(500);
    expect(hasErrorShape(o)).toBe(true);
  });

  it("issue 7 item 4: malformed percent-encoding in a path (/api/rounds/%ED%A0%80/draw) → 400 BAD_PATH", async () => {
    for (const path of ["/api/rounds/%ED%A0%80/draw", "/api/rounds/%/draw", "/api/orders/%C0%AF/payments"]) {
      const o = await callRoute(sessions.citizen, path.includes("orders") ? "POST" : "GET", path, path.includes("orders") ? "{}" : undefined);
      expect(o.status, path).toBe(400);
      expect(JSON.parse(o.body), path).toMatchObject({ error: { code: "BAD_PATH" } });
    }
    const page = await callRoute(sessions.citizen, "GET", "/orders/%ED%A0%80/pay");
    expect(page.status).toBe(400);
  });

  it("issue 7 item 4: ?atm=abc on the pay page → the page, without the bad value (no 500)", async () => {
    for (const atm of ["abc", "%00", "0196f3a0-7c1e-7000-8000-000000000000x", "' OR 1=1 --"]) {
      const o = await callRoute(sessions.citizen, "GET", `/orders/${fx.ownOrderId}/pay?atm=${atm}`);
      expect(o.status, atm).toBe(200);
    }
  });

  it("issue 7 item 4: server actions posted by the wrong role → 403, by nobody → 401 (not 500)", async () => {
    const actions = discoverActions();
    const runJobs = actions.find((a) => a.key === "app/staff/admin/actions.ts#runJobsAction")!;
    const handOver = actions.find((a) => a.key === "app/staff/pickup/actions.ts#handOverAction")!;
    const placeOrder = actions.find((a) => a.key === "app/order/actions.ts#placeOrderAction")!;
    expect((await callAction(sessions.CLERK, runJobs.id, runJobs.page, "none", [])).status).toBe(403);
    expect((await callAction(sessions.citizen, runJobs.id, runJobs.page, "none", [])).status).toBe(403);
    expect((await callAction(sessions.anonymous, runJobs.id, runJobs.page, "none", [])).status).toBe(401);
    expect((await callAction(sessions.ADMIN, handOver.id, handOver.page, "form", [["pickupCode", "1234567890"]])).status).toBe(403);
    expect((await callAction(sessions.AUDITOR, placeOrder.id, placeOrder.page, "form", [["roundId", fx.roundId]])).status).toBe(403);
  });

  it("issue 7 item 4: a server action called with a broken payload → 400, not 500", async () => {
    const setLanguage = discoverActions().find((a) => a.key === "app/actions/set-language.ts#setLanguage")!;
    for (const model of ["[", '["$F1"]', "null"]) {
      expect((await callAction(sessions.anonymous, setLanguage.id, setLanguage.page, "form", [], model)).status, model).toBe(400);
    }
    // A call without any FormData argument is a validation failure of the action itself.
    expect((await callAction(sessions.anonymous, setLanguage.id, setLanguage.page, "form", [], "[]")).status).toBeLessThan(500);
  });

  it("issue 7 item 4: 20 concurrent pharmacy sales for one card over HTTP → 1 × 201 and 19 × 409 TOO_SOON", async () => {
    const prisma = db();
    // A card whose holder may buy today (O2: parity of the ID's last digit, or Sunday) and never bought.
    const { time } = (await (await fetch(`${baseUrl()}/api/health`)).json()) as { time: string }; // the server's clock
    const today = new Date(new Date(time).getTime() + 8 * 3600_000).getUTCDay(); // weekday in Taipei
    const cards = await prisma.nhiCard.findMany({ where: { status: "ACTIVE", person: { ledgerEntries: { none: {} }, orders: { none: {} } } }, select: { cardNumber: true, person: { select: { idNumber: true } } } });
    const card = cards.find((c) => today === 0 || Number(c.person.idNumber.slice(-1)) % 2 === today % 2);
    expect(card, "a seeded card that may buy today").toBeDefined();
    const body = JSON.stringify({ cardNumber: card!.cardNumber });
    const results = await Promise.all(Array.from({ length: 20 }, () => callRoute(sessions.pharmacy, "POST", "/api/pharmacy/sales", body)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array.from({ length: 19 }, () => 409)]);
    expect(results.filter((r) => r.status === 409).every((r) => JSON.parse(r.body).error.code === "TOO_SOON")).toBe(true);
  });
});
