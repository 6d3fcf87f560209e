/**
 * D84: scripts/server.mjs answers `POST /api/orders` before Next, with the function Next's route
 * handler runs (lib/orders/intake.ts). This spec speaks to the deployed server the way the opening
 * spike does and checks the fast path gives the API's whole contract: created / replayed / refused,
 * the error model in the caller's language, the security headers — and that every other request on
 * the same path (GET) is still Next's. Its round is its own (a far-future calendar, so no job touches
 * it, whatever the other specs do to the clock) and is removed afterwards.
 */
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { syntheticIdNumber } from "@/lib/seed/factories";
import { e2eDatabaseUrl, sql } from "./helpers/db";

let roundId = "";
let storeId = "";
let personId = "";
let otherId = "";
let cookie = "";

/** The server's session secret, as lib/env reads it for the e2e database. */
function secret(): string {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL ??= e2eDatabaseUrl(); // lib/env needs one to parse; helpers/db must not see it
  try {
    return env().NEXTAUTH_SECRET;
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
  }
}

async function sessionCookie(id: string): Promise<string> {
  const principal = { kind: "citizen", personId: id, method: "PHONE", channel: "APP" } as const;
  return `next-auth.session-token=${await encode({ secret: secret(), token: { principal } })}`;
}

test.beforeAll(async () => {
  roundId = (await sql<{ id: string }>(
    `INSERT INTO rounds (id, name, order_opens_at, order_closes_on, results_on, payment_deadline, pickup_start, pickup_end)
     VALUES (gen_random_uuid(), 'fast path ' || now(), '2000-01-01T00:00:00Z', '2099-12-01', '2099-12-02', '2099-12-08', '2099-12-09', '2099-12-15') RETURNING id`,
  ))[0]!.id;
  storeId = (await sql<{ id: string }>(`SELECT id FROM stores WHERE active ORDER BY code LIMIT 1`))[0]!.id;
  await sql(`INSERT INTO store_supplies (round_id, store_id, packs) VALUES ($1, $2, 100)`, [roundId, storeId]);
  const people = await sql<{ id: string }>(
    `INSERT INTO people (id, id_number, id_kind, name, birth_date, phone, updated_at)
     VALUES (gen_random_uuid(), $1, 'NATIONAL', '快速', '1980-01-01', '0912000001', now()),
            (gen_random_uuid(), $2, 'NATIONAL', '孩子', '2015-01-01', '0912000002', now()) RETURNING id`,
    [syntheticIdNumber(9_840_001, "1", "Y"), syntheticIdNumber(9_840_002, "2", "Y")], // an area letter the seed does not use
  );
  [personId, otherId] = [people[0]!.id, people[1]!.id];
  cookie = await sessionCookie(personId);
});

test.afterAll(async () => {
  if (!roundId) return;
  await sql(`DELETE FROM order_status_events WHERE order_id IN (SELECT id FROM orders WHERE round_id = $1)`, [roundId]);
  await sql(`DELETE FROM orders WHERE round_id = $1`, [roundId]);
  await sql(`DELETE FROM store_supplies WHERE round_id = $1`, [roundId]);
  await sql(`DELETE FROM rounds WHERE id = $1`, [roundId]);
  if (personId) await sql(`DELETE FROM people WHERE id = ANY($1::uuid[])`, [[personId, otherId]]);
});

test("D84 / O1, O3: the deployed server places an order on the fast path — 201, the same order again for the same key, 409 for another", async ({ request }) => {
  const post = (key: string, extra: Record<string, string> = {}) =>
    request.post("/api/orders", { data: { roundId, storeId }, headers: { cookie, "idempotency-key": key, ...extra } });
  const first = await post("fast-path-key-1");
  expect(first.status()).toBe(201);
  const { order } = await first.json();
  expect(order).toMatchObject({ roundId, storeId, channel: "APP", status: "PLACED", masks: 3, unitPrice: 5, fee: 7, total: 22 });
  // The fast path's own answer: a data policy, not the pages' nonce policy Next's proxy sets.
  expect(first.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(first.headers()).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff", "x-frame-options": "DENY", "content-type": "application/json" });

  const again = await post("fast-path-key-1");
  expect(again.status()).toBe(200);
  expect((await again.json()).order.id).toBe(order.id);
  const other = await post("fast-path-key-2", { cookie: `${cookie}; emask-lang=en` });
  expect(other.status()).toBe(409);
  expect((await other.json()).error).toMatchObject({ code: "ALREADY_ORDERED", message: expect.stringMatching(/[A-Za-z]/) });
  const rows = await sql<{ n: string; events: string }>(
    `SELECT count(*) AS n, (SELECT count(*) FROM order_status_events e JOIN orders o ON o.id = e.order_id WHERE o.round_id = $1) AS events FROM orders WHERE round_id = $1`, [roundId]);
  expect(rows[0]).toEqual({ n: "1", events: "1" });

  // GET on the same path is still Next's handler (the proxy's page policy is on it), and lists the order.
  const mine = await request.get("/api/orders", { headers: { cookie } });
  expect(mine.status()).toBe(200);
  expect(mine.headers()["content-security-policy"]).toContain("script-src");
  expect((await mine.json()).orders.map((o: { id: string }) => o.id)).toContain(order.id);
});

test("D84: the fast path refuses like the API — 401, 403 cross-site, 422 bad JSON and fields, 413 a huge body, O3 a child", async ({ request }) => {
  const data = { roundId, storeId };
  expect((await request.post("/api/orders", { data })).status()).toBe(401);
  const cross = await request.post("/api/orders", { data, headers: { cookie, origin: "https://evil.example" } });
  expect([cross.status(), (await cross.json()).error.code]).toEqual([403, "CROSS_SITE"]);
  const notJson = await request.post("/api/orders", { data: "{", headers: { cookie, "content-type": "application/json" } });
  expect([notJson.status(), (await notJson.json()).error.code]).toEqual([422, "VALIDATION"]);
  const badField = await request.post("/api/orders", { data: { roundId: "x", storeId }, headers: { cookie } });
  expect(badField.status()).toBe(422);
  expect((await badField.json()).error.fields).toHaveProperty("roundId");
  const badKey = await request.post("/api/orders", { data, headers: { cookie, "idempotency-key": "short" } });
  expect(badKey.status()).toBe(422);
  const huge = await request.post("/api/orders", { data: { roundId, storeId, pad: "x".repeat(64 * 1024) }, headers: { cookie: `${cookie}; emask-lang=en` } });
  expect([huge.status(), (await huge.json()).error]).toEqual([413, { code: "TOO_LARGE", message: "The request body is too large." }]);
  const child = await request.post("/api/orders", { data, headers: { cookie: await sessionCookie(otherId) } });
  expect([child.status(), (await child.json()).error.code]).toEqual([403, "NOT_ADULT"]);
  const staff = `next-auth.session-token=${await encode({ secret: secret(), token: { principal: { kind: "staff", staffId: personId, role: "ADMIN", storeId: null } as const } })}`;
  expect((await request.post("/api/orders", { data, headers: { cookie: staff } })).status()).toBe(403);
});
