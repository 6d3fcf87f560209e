import { expect, test } from "@playwright/test";

test("GET /api/health answers ok when the database is reachable, and nothing more", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.ok).toBe(true);
  expect(Object.keys(body).sort()).toEqual(["ok", "time"]);
});
