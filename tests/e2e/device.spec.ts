/**
 * I6 (device code) and I8 (foreigners bind their phone this way).
 *
 * Demo people used here (each test its own card; every test first removes the card's NHI-card
 * registration and the person's bound devices through the e2e database, so reruns work):
 *   JOHN SMITH  000070246813  foreign resident: card login → device code → phone bound, /me shows 裝置碼 + App
 *   黃閏年      000012000229  reused code refused
 *   張小華      000012468013  expired / replaced code refused (a child may register and bind; O1 refuses ordering later)
 * card.spec.ts uses 王小明, NGUYEN THI LAN, 林美玲, 陳志豪.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { sql } from "./helpers/db";
import { confirmationLinkFor } from "./helpers/mail";

// Each person registers with their own seeded phone and e-mail, so other paths (I5 looks at phones) see the seed.
const SMITH = { card: "000070246813", email: "john.smith@example.test", phone: "0970246813", resident: true };
const HUANG = { card: "000012000229", email: "leap.huang@example.test", phone: "0912000229", resident: false };
const ZHANG = { card: "000012468013", email: "xiaohua.zhang@example.test", phone: "0912468013", resident: false };
type Demo = typeof SMITH;


const PERSON_OF_CARD = `(SELECT person_id FROM nhi_cards WHERE card_number = $1)`;

/** Seeded state for this card's person: no NHI-card registration, no bound device, no spent limits. */
async function reset(card: string) {
  await sql(`DELETE FROM credentials WHERE person_id = ${PERSON_OF_CARD} AND method IN ('NHI_CARD', 'DEVICE')`, [card]);
  await sql(`DELETE FROM rate_limit_buckets WHERE key LIKE 'nhi-card%' OR key LIKE 'device-code%'`);
}

/** Register (by API, as the card page does), confirm the e-mail (page), log in with the card (page). */
async function cardLogin(page: Page, who: Demo, password: string) {
  const { nonce } = await (await page.request.post("/api/verify/card/challenge", { data: {} })).json();
  const { response } = await (await page.request.post("/api/standins/card-reader/sign", { data: { cardNumber: who.card, nonce } })).json();
  const form = who.resident
    ? { kind: "resident", residentCertIssuedOn: "2024-01-05", residentCertExpiresOn: "2099-01-04", residentCertSerial: "YD00070246" }
    : { kind: "national", householdNumber: "K1200022" };
  const res = await page.request.post("/api/verify/card/register", {
    data: { proof: { cardNumber: who.card, nonce, response }, form: { ...form, address: "臺北市信義區松仁路100號", phone: who.phone, email: who.email, password, passwordConfirm: password } },
  });
  expect(res.status()).toBe(200);
  await page.goto(confirmationLinkFor(who.email));
  await page.getByRole("button", { name: "確認電子郵件" }).click();
  await expect(page.getByRole("status")).toContainText("電子郵件已確認");

  await page.goto("/verify/card?next=%2Fme%2Fdevice");
  await page.getByLabel("讀卡機中的健保卡（示範）").selectOption(who.card);
  await page.getByRole("button", { name: "插入卡片" }).click();
  await page.getByLabel("健保卡密碼", { exact: true }).fill(password);
  await page.getByRole("button", { name: "以健保卡登入" }).click();
  await expect(page).toHaveURL(/\/me\/device$/);
}

async function generateCode(page: Page, again = false): Promise<string> {
  const previous = again ? await page.getByTestId("device-code").textContent() : null;
  await page.getByRole("button", { name: again ? "重新產生裝置碼" : "產生裝置碼" }).click();
  const shown = page.getByTestId("device-code");
  if (previous) await expect(shown).not.toHaveText(previous);
  await expect(shown).toHaveText(/^\d{8}$/);
  return (await shown.textContent())!;
}

/** A phone: a browser context of its own (its own device cookie, no computer session). */
async function phone(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  return { context, page: await context.newPage() };
}

async function typeCode(page: Page, code: string) {
  await page.goto("/app/device");
  await page.getByLabel("8 位數裝置碼").fill(code);
  await page.getByRole("button", { name: "綁定這支手機" }).click();
}

test.describe("device code (I6, I8)", () => {
  test("I6/I8: a foreign resident logs in with the card, generates a code (digits + QR), types it on the phone: bound, /me shows 裝置碼 and App", async ({ page, browser, baseURL }) => {
    await reset(SMITH.card);
    await cardLogin(page, SMITH, "smith1");
    await expect(page.getByText("裝置碼 10 分鐘內有效，只能使用一次")).toBeVisible();
    const code = await generateCode(page);
    const qr = page.getByRole("img", { name: /裝置碼 QR code/ });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute("data-url")).toBe(`${baseURL}/app/device?code=${code}`);
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect(page.getByText(/有效至 \d\d:\d\d（10 分鐘內）/)).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const app = await phone(browser, baseURL);
    await typeCode(app.page, `${code.slice(0, 4)} ${code.slice(4)}`);
    await expect(app.page.getByRole("status")).toHaveText("手機已完成綁定並登入。");
    await expect(app.page.getByTestId("app-password")).toHaveText(/^[a-z2-9]{10}$/);
    await app.page.getByRole("link", { name: "前往我的帳戶" }).click();
    await expect(app.page).toHaveURL(/\/me$/);
    const account = app.page.getByTestId("my-account");
    await expect(account).toContainText("裝置碼綁定");
    await expect(account).toContainText("手機 App");
    await expect(account).toContainText("JOHN SMITH".replace(/^(.)(.*)(.)$/, (_, a, m: string, z) => a + "○".repeat(m.length) + z));
    const cookies = await app.context.cookies();
    const deviceId = cookies.find((c) => c.name === "emask-device")?.value;
    const [cred] = await sql<{ status: string }>(`SELECT status FROM credentials WHERE method = 'DEVICE' AND external_ref = $1`, [deviceId]);
    expect(cred).toEqual({ status: "ACTIVE" });
    await app.context.close();
  });

  test("I6: a device code works once: arriving from the QR code binds, the same code on another phone is refused (DEVICE_CODE_USED)", async ({ page, browser, baseURL }) => {
    await reset(HUANG.card);
    await cardLogin(page, HUANG, "huang1");
    const code = await generateCode(page);

    const first = await phone(browser, baseURL);
    await first.page.goto(`/app/device?code=${code}`);
    await expect(first.page.getByLabel("8 位數裝置碼")).toHaveValue(code);
    await first.page.getByRole("button", { name: "綁定這支手機" }).click();
    await expect(first.page.getByRole("status")).toHaveText("手機已完成綁定並登入。");
    await first.context.close();

    const second = await phone(browser, baseURL);
    await typeCode(second.page, code);
    await expect(second.page.getByRole("alert", { name: /此裝置碼已使用過/ })).toBeVisible();
    await expect(second.page.getByRole("link", { name: "0800-030-598" }).first()).toBeVisible();
    await second.context.close();
  });

  test("I6: a replaced code and an expired code are refused (DEVICE_CODE_EXPIRED); a wrong one is only DEVICE_CODE_INVALID", async ({ page, browser, baseURL }) => {
    await reset(ZHANG.card);
    await cardLogin(page, ZHANG, "zhang1");
    const replaced = await generateCode(page);
    const current = await generateCode(page, true);

    const app = await phone(browser, baseURL);
    await typeCode(app.page, replaced);
    await expect(app.page.getByRole("alert", { name: /裝置碼已逾時（10 分鐘）或已被新產生的裝置碼取代/ })).toBeVisible();

    await sql(`UPDATE person_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'DEVICE_CODE' AND used_at IS NULL AND person_id = ${PERSON_OF_CARD}`, [ZHANG.card]);
    await typeCode(app.page, current);
    await expect(app.page.getByRole("alert", { name: /裝置碼已逾時/ })).toBeVisible();

    const wrong = String((Number(current) + 5_000_000) % 100_000_000).padStart(8, "0");
    await typeCode(app.page, wrong);
    await expect(app.page.getByRole("alert", { name: /裝置碼不正確/ })).toBeVisible();
    const axe = await new AxeBuilder({ page: app.page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Issue 9 item 2: a mistyped code (7 digits) is named by the field before anything is sent.
    await typeCode(app.page, "1234567");
    const summary = app.page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "請輸入 8 位數字的裝置碼。" })).toHaveAttribute("href", "#device-code-input");
    await expect(app.page.locator("#device-code-input")).toHaveAttribute("aria-invalid", "true");
    await expect(app.page.getByRole("alert", { name: /裝置碼不正確/ })).toHaveCount(0);
    expect((await new AxeBuilder({ page: app.page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations.map((v) => v.id)).toEqual([]);
    await app.context.close();
  });

  test("I6: only an NHI-card web login can generate a code", async ({ page }) => {
    await page.goto("/me/device");
    await expect(page).toHaveURL(/\/verify\?next=%2Fme%2Fdevice/);
  });
});
