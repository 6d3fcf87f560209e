/**
 * The order page's store finder and the orders API's guards. Uses 李秀英 (phone) only to look:
 * she places her order in round.spec.ts, so nothing here orders.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, phoneSignIn } from "./helpers/people";
import { DEMO_PEOPLE } from "@/lib/seed/demo";

const LI = DEMO_PEOPLE.find((p) => p.name === "李秀英")!;

test("O5: 'near me' names the nearest county (Tainan) and lists the nearest stores first, and the page passes axe", async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 22.997, longitude: 120.212 }, permissions: ["geolocation"] });
  const page = await context.newPage();
  await phoneSignIn(page, LI);
  await page.goto("/order");
  await expect(page.getByText("3 片 × 5 元 = 15 元，物流及轉帳手續費 7 元，合計 22 元")).toBeVisible(); // O4
  await page.getByRole("button", { name: "找我附近的門市" }).click();
  await expect(page).toHaveURL(/near=22\.997,120\.212/);
  await expect(page.getByLabel("縣市")).toHaveValue("臺南市");
  const stores = page.getByRole("radio");
  expect(await stores.count()).toBeGreaterThan(0);
  // Since issue 9 the list is the nearest stores by distance (any county); the nearest is in Tainan.
  await expect(page.getByTestId("store-address").first()).toContainText("臺南市");
  await expectNoAxeViolations(page);
});

test("the orders API refuses anonymous callers (401) and cross-site requests (403 CROSS_SITE)", async ({ request }) => {
  const body = { roundId: "00000000-0000-7000-8000-000000000000", storeId: "00000000-0000-7000-8000-000000000000" };
  const anonymous = await request.post("/api/orders", { data: body });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("UNAUTHENTICATED");
  const crossSite = await request.post("/api/orders", { data: body, headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.code).toBe("CROSS_SITE");
});

test("a forged payment callback is refused (401 BAD_SIGNATURE)", async ({ request }) => {
  const res = await request.post("/api/payments/callback", {
    data: { gatewayRef: "GW000001", paymentId: "00000000-0000-7000-8000-000000000000", amount: 22, paidAt: new Date().toISOString() },
    headers: { "x-gateway-signature": "0".repeat(64) },
  });
  expect(res.status()).toBe(401);
  expect((await res.json()).error).toMatchObject({ code: "BAD_SIGNATURE" });
});
