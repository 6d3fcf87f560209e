/**
 * I7 registration at a service counter (/staff/counter): counter staff record the documents they
 * saw and bind the phone; the person then logs in on the app with the app password. Only counter
 * staff may do it, and never from another site.
 * Demo data: 黃閏年 (registered here; re-registering issues a new password, so reruns work).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { staffSignIn } from "./helpers/people";
import { DEMO_PEOPLE } from "@/lib/seed/demo";

const HUANG = DEMO_PEOPLE.find((p) => p.name === "黃閏年")!;


async function fillRegistration(page: Page, documents: string[]) {
  for (const d of documents) await page.getByRole("checkbox", { name: d }).check();
  await page.getByLabel("身分證字號或居留證號").fill(HUANG.idNumber);
  await page.getByLabel("健保卡卡號（正面左下角 12 碼）").fill(HUANG.cardNumber);
  await page.getByLabel("要綁定的手機門號").fill(HUANG.phone);
  await page.getByRole("button", { name: "註冊並綁定手機" }).click();
}

const body = { idNumber: HUANG.idNumber, cardNumber: HUANG.cardNumber, phoneNumber: HUANG.phone, documents: { nhiCard: true, idCard: true, householdRegister: true } };

test("I7: counter staff register a person on NHI card, ID card and household register; the person logs in on the app with the app password", async ({ page, browser }) => {
  await staffSignIn(page, "counter", "emask-demo-counter");
  await page.getByRole("link", { name: "臨櫃註冊與綁定手機" }).first().click(); // the tools list and the console navigation both name it
  await expect(page.getByRole("heading", { level: 1, name: "臨櫃註冊與綁定手機" })).toBeVisible();
  await fillRegistration(page, ["健保卡", "身分證", "戶口名簿"]);
  await expect(page.getByRole("heading", { name: "註冊完成" })).toBeVisible();
  await expect(page.getByText("黃○年")).toBeVisible();
  const password = (await page.getByTestId("app-password").textContent())!;
  expect(password).toMatch(/^[a-z2-9]{10}$/);

  // The person, on their own phone.
  const phone = await browser.newContext();
  const app = await phone.newPage();
  await app.goto("/app/login");
  await app.getByLabel("身分證字號或居留證號").fill(HUANG.idNumber);
  await app.getByLabel("App 密碼").fill(password);
  await app.getByRole("button", { name: "登入" }).click();
  await expect(app).toHaveURL(/\/me$/);
  await expect(app.getByTestId("my-account")).toContainText("臨櫃註冊");
  await expect(app.getByTestId("my-account")).toContainText("手機 App");
  await phone.close();
});

test("I7: without the household register the registration is refused, naming the missing document", async ({ page }) => {
  await staffSignIn(page, "counter", "emask-demo-counter");
  await page.goto("/staff/counter");
  await fillRegistration(page, ["健保卡", "身分證"]);
  await expect(page.getByRole("alert", { name: "未核對必要證件：戶口名簿。" })).toBeVisible();
  await expect(page.getByTestId("app-password")).toHaveCount(0);
});

test("a store clerk cannot open the counter page nor call its API (FORBIDDEN)", async ({ page }) => {
  await staffSignIn(page, "clerk", "emask-demo-clerk");
  await page.goto("/staff/counter");
  await expect(page).toHaveURL(/\/staff\?denied=1$/);
  await expect(page.getByText("您的角色不能使用該頁面。")).toBeVisible();
  const res = await page.request.post("/api/staff/counter", { data: body });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("FORBIDDEN");
});

test("nobody signed in: the counter API answers 401 and the page asks staff to log in", async ({ page, request }) => {
  const res = await request.post("/api/staff/counter", { data: body });
  expect(res.status()).toBe(401);
  await page.goto("/staff/counter");
  await expect(page).toHaveURL(/\/staff\/login\?next=%2Fstaff%2Fcounter/);
});

test("a cross-site POST to the counter API is refused (403 CROSS_SITE), even with a counter session", async ({ page }) => {
  await staffSignIn(page, "counter", "emask-demo-counter");
  const res = await page.request.post("/api/staff/counter", { data: body, headers: { Origin: "https://evil.example" } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("CROSS_SITE");
});

test("the counter page passes axe (WCAG 2 A and AA), also with its errors by the field (issue 9 item 2)", async ({ page }) => {
  await staffSignIn(page, "counter", "emask-demo-counter");
  await page.goto("/staff/counter");
  const axe = async () => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
  expect(await axe()).toEqual([]);
  // A wrong check digit, a short card number and a landline: each named by its field, the ID first, nothing sent.
  await page.getByLabel("身分證字號或居留證號").fill("A123456788");
  await page.getByLabel("健保卡卡號（正面左下角 12 碼）").fill("1234");
  await page.getByLabel("要綁定的手機門號").fill("0223456789");
  await page.getByRole("button", { name: "註冊並綁定手機" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([/檢查碼/, /12 位數字/, /09 開頭/]);
  await expect(summary.getByRole("link").first()).toHaveAttribute("href", "#counter-idNumber");
  for (const id of ["#counter-idNumber", "#counter-cardNumber", "#counter-phoneNumber"]) await expect(page.locator(id)).toHaveAttribute("aria-invalid", "true");
  expect(await axe()).toEqual([]);
  // Full-width typing is fine (issue 9 item 3): only the card number is left to correct.
  await page.getByLabel("身分證字號或居留證號").fill("Ａ１２３４５６７８９");
  await page.getByLabel("要綁定的手機門號").fill("０９１２－３４５－６７８");
  await page.getByRole("button", { name: "註冊並綁定手機" }).click();
  await expect(summary.getByRole("link")).toHaveText([/12 位數字/]);
  await expect(page.locator("#counter-idNumber")).not.toHaveAttribute("aria-invalid", "true");
});
