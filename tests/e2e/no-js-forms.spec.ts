/**
 * Issue 7 item 7: with JavaScript off, no form that carries a secret may fall back to GET (which
 * puts the ID number and password in the URL, the history and the server logs). Staff and app
 * sign-in still work; forms whose step needs the page's script (card reader, operator, counter)
 * post to a readable page that says so.
 * Demo data: clerk (staff sign-in), counter, 張小華 (own number 0912468013; app password issued
 * over HTTP here, so reruns work).
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { staffCode } from "./helpers/people";

test.use({ javaScriptEnabled: false });

const ZHANG = DEMO_PEOPLE.find((p) => p.name === "張小華")!;
const SECRET_FIELD = /id|password|pin|code|card|household|serial|username/i;

function expectNoSecretIn(url: string, ...secrets: string[]) {
  for (const s of secrets) {
    expect(url).not.toContain(s);
    expect(url).not.toContain(encodeURIComponent(s));
  }
}

/** Every form on the page with a password or identifying field, and how it submits. */
async function secretForms(page: Page) {
  return page.locator("form").evaluateAll((forms, pattern) => {
    const re = new RegExp(pattern, "i");
    return forms
      .filter((f) => [...f.querySelectorAll("input, select")].some((i) => (i as HTMLInputElement).type === "password" || re.test(i.getAttribute("name") ?? "")))
      .map((f) => ({ method: (f.getAttribute("method") ?? "get").toLowerCase(), action: f.getAttribute("action"), fields: [...f.querySelectorAll("input[name]")].map((i) => i.getAttribute("name")) }));
  }, SECRET_FIELD.source);
}

async function staffSignInNoJs(page: Page, username: string, password: string) {
  await page.getByLabel("帳號", { exact: true }).fill(username);
  await page.getByLabel("密碼", { exact: true }).fill(password);
  await page.getByLabel("驗證碼", { exact: true }).fill(staffCode());
  await page.getByRole("button", { name: "登入" }).click();
}

test("issue 7 item 7: every form with a password or ID field posts, on every sign-in and verification page", async ({ page }) => {
  const pages = ["/staff/login", "/app/login", "/app/phone", "/app/device", "/verify/card", "/verify/certificate"];
  let seen = 0;
  for (const path of pages) {
    await page.goto(path);
    const forms = await secretForms(page);
    expect(forms.length, `${path} has a form with a secret field`).toBeGreaterThan(0);
    for (const f of forms) expect(f, `${path}: ${JSON.stringify(f)}`).toMatchObject({ method: "post" });
    seen += forms.length;
  }
  // The counter's form, behind the counter sign-in.
  await page.goto("/staff/counter");
  await staffSignInNoJs(page, "counter", "emask-demo-counter");
  await expect(page).toHaveURL(/\/staff\/counter$/);
  const counter = await secretForms(page);
  expect(counter.length).toBeGreaterThan(0);
  for (const f of counter) expect(f).toMatchObject({ method: "post" });
  expect(seen + counter.length).toBeGreaterThanOrEqual(7);
});

test("issue 7 item 7: staff sign-in without JavaScript — a wrong password reads as refused, the right one signs in; nothing secret in the URL", async ({ page }) => {
  await page.goto("/staff/login");
  await staffSignInNoJs(page, "clerk", "not-the-password");
  await expect(page).toHaveURL(/\/staff\/login\?error=INVALID$/);
  await expect(page.getByRole("alert", { name: "帳號、密碼或驗證碼錯誤。" })).toBeVisible();
  expectNoSecretIn(page.url(), "not-the-password", "clerk");
  await staffSignInNoJs(page, "clerk", "emask-demo-clerk");
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { name: "工作人員專區" })).toBeVisible();
  expectNoSecretIn(page.url(), "emask-demo-clerk");
});

test("issue 7 item 7: app login without JavaScript — refused readably, then signed in on the app channel; nothing secret in the URL", async ({ page, request }) => {
  // An app password for 張小華, through the I5 protocol (this request context keeps the nonce's cookie).
  const { nonce, operatorUrl, idNumber } = await (await request.post("/api/app/phone/nonce", { data: { idNumber: ZHANG.idNumber } })).json();
  const assertion = await (await request.post(operatorUrl, { data: { nonce, idNumber, connection: { sim: ZHANG.phone, network: "MOBILE_DATA" } } })).json();
  const { appPassword } = await (await request.post("/api/app/phone", { data: { assertion } })).json();
  expect(appPassword).toMatch(/^[a-z2-9]{10}$/);

  await page.goto("/app/login");
  await page.getByLabel("身分證字號或居留證號").fill(ZHANG.idNumber);
  await page.getByLabel("App 密碼", { exact: true }).fill("wrongpass2");
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page).toHaveURL(/\/app\/login\?error=INVALID_CREDENTIALS$/);
  await expect(page.getByTestId("app-login-refusal").getByRole("alert", { name: "身分證字號或 App 密碼錯誤。" })).toBeVisible();
  expectNoSecretIn(page.url(), ZHANG.idNumber, "wrongpass2");

  await page.getByLabel("身分證字號或居留證號").fill(ZHANG.idNumber);
  await page.getByLabel("App 密碼", { exact: true }).fill(appPassword);
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("my-account")).toContainText("手機 App");
  expectNoSecretIn(page.url(), ZHANG.idNumber, appPassword);
});

test("issue 7 item 7: phone verification and the counter without JavaScript post, and say readably that JavaScript is needed", async ({ page }) => {
  await page.goto("/app/phone");
  await page.getByLabel("身分證字號").fill(ZHANG.idNumber);
  await page.getByRole("button", { name: "開始認證" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "此步驟需要啟用 JavaScript" })).toBeVisible();
  expectNoSecretIn(page.url(), ZHANG.idNumber);
  await expect(page.getByRole("link", { name: "返回 Back" })).toHaveAttribute("href", "/app/phone");

  await page.goto("/staff/counter");
  await staffSignInNoJs(page, "counter", "emask-demo-counter");
  await page.getByLabel("身分證字號或居留證號").fill(ZHANG.idNumber);
  await page.getByLabel("健保卡卡號（正面左下角 12 碼）").fill(ZHANG.cardNumber);
  await page.getByRole("button", { name: "註冊並綁定手機" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "此步驟需要啟用 JavaScript" })).toBeVisible();
  expectNoSecretIn(page.url(), ZHANG.idNumber, ZHANG.cardNumber);
});
