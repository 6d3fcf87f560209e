import { expect, test } from "@playwright/test";

test("GET /api/health answers ok when the database is reachable, and nothing more", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.ok).toBe(true);
  expect(Object.keys(body).sort()).toEqual(["ok", "time"]);
});

test("every response carries the security headers (no framing, no sniffing, strict referrer)", async ({ request }) => {
  const res = await request.get("/");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(res.headers()["x-powered-by"]).toBeUndefined();
});
