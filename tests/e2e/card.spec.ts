/**
 * I3 (NHI card + reader on the web), I8 (foreign residents register by card), I9 (forgot password).
 *
 * Demo people used here (each test its own, so order and reruns do not matter; every test first
 * removes its card's NHI-card registration through the e2e database):
 *   王小明  000012345678  national registers → confirms e-mail in the demo mailbox → logs in
 *   NGUYEN THI LAN  000098765432  foreign resident registers with resident certificate data
 *   林美玲  000022334455  wrong password ×3 → suspension
 *   陳志豪  000013579246  forgot password (I9)
 * device.spec.ts uses JOHN SMITH and 黃閏年; nobody here uses 李秀英 (certificate) or 張小華.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/people";
import { sql } from "./helpers/db";
import { confirmationLinkFor } from "./helpers/mail";

const WANG = { card: "000012345678", email: "xiaoming.wang@example.test" };
const NGUYEN = { card: "000098765432", email: "lan.nguyen@example.test" };
const LIN = { card: "000022334455", email: "meiling.lin@example.test", phone: "0922334455" };
const CHEN = { card: "000013579246", email: "zhihao.chen@example.test", phone: "0933579246" };


/** Back to the seeded state for these cards: no NHI-card registration, no spent rate limits. */
async function unregister(...cards: string[]) {
  await sql(`DELETE FROM credentials WHERE method = 'NHI_CARD' AND external_ref = ANY($1)`, [cards]);
  await sql(`DELETE FROM rate_limit_buckets WHERE key LIKE 'nhi-card%'`);
}

/** What the page does, by API: a challenge signed by the (stand-in) reader, then a form. */
async function withCard(request: APIRequestContext, path: string, card: string, form: Record<string, string>) {
  const { nonce } = await (await request.post("/api/verify/card/challenge", { data: {} })).json();
  const { response } = await (await request.post("/api/standins/card-reader/sign", { data: { cardNumber: card, nonce } })).json();
  return request.post(`/api/verify/card/${path}`, { data: { proof: { cardNumber: card, nonce, response }, form } });
}

/** A registered, e-mail-confirmed card (setup for tests about what follows registration). */
async function registeredCard(page: Page, { card, email, phone }: { card: string; email: string; phone: string }, password: string) {
  // The person's own seeded phone and e-mail, so other paths (I5 looks at phones) still see the seed.
  const res = await withCard(page.request, "register", card, {
    kind: "national", householdNumber: "F1234567", address: "臺北市信義區松仁路100號", phone, email, password, passwordConfirm: password,
  });
  expect(res.status()).toBe(200);
  const link = confirmationLinkFor(email);
  await page.goto(link);
  await page.getByRole("button", { name: "確認電子郵件" }).click();
  await expect(page.getByRole("status")).toContainText("電子郵件已確認");
}

async function insertCard(page: Page, card: string) {
  await page.goto("/verify/card");
  await page.getByLabel("讀卡機中的健保卡（示範）").selectOption(card);
  await page.getByRole("button", { name: "插入卡片" }).click();
  await expect(page.getByTestId("inserted-card")).toContainText(card.replace(/(\d{4})(?=\d)/g, "$1 "));
}

test.describe("NHI card on the web (I3, I8, I9)", () => {
  test("I3: a national registers, confirms the e-mail in the demo mailbox, logs in with card + password, and /me shows 健保卡", async ({ page }) => {
    await unregister(WANG.card);
    await page.goto("/verify/card");
    await expect(page.getByRole("heading", { name: "健保卡網路服務", level: 1 })).toBeVisible();
    await expect(page.getByText("健保卡卡號是卡片正面左下角的 12 碼數字")).toBeVisible();
    await expect(page.getByText("戶號（戶口名簿內頁左上角）")).toBeVisible();
    await insertCard(page, WANG.card);
    await page.getByRole("button", { name: "首次註冊" }).click();
    // Issue 9 item 2: sent empty, every field is named in a summary (focused, linked), beside itself, aria-invalid.
    await page.getByRole("button", { name: "送出註冊" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveCount(6);
    await expect(summary.getByRole("link").first()).toHaveAttribute("href", "#card-householdNumber");
    await expect(page.getByLabel("戶號", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#card-householdNumber-error")).toContainText("請輸入戶號：6–10 個英文字母或數字");
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: /請輸入戶籍地址/ }).click();
    await expect(page.getByLabel("戶籍地址")).toBeFocused();
    await page.getByLabel("戶號", { exact: true }).fill("A1234567");
    await page.getByLabel("戶籍地址").fill("臺北市中正區重慶南路一段122號");
    await page.getByLabel("聯絡電話").fill("0912-345-678");
    await page.getByLabel("電子郵件").fill(WANG.email);
    await page.getByLabel("設定健保卡密碼（6–12 個字元）").fill("wang12");
    await page.getByLabel("再次輸入健保卡密碼").fill("wang13");
    await page.getByRole("button", { name: "送出註冊" }).click();
    // Now only the confirmation is wrong: one link, one field marked.
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: "兩次輸入的密碼不一致，請再輸入一次相同的密碼。" })).toHaveAttribute("href", "#card-passwordConfirm");
    await expect(page.getByLabel("再次輸入健保卡密碼")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("戶號", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("再次輸入健保卡密碼").fill("wang12");
    await page.getByRole("button", { name: "送出註冊" }).click();
    await expect(page.getByRole("status")).toContainText(`確認信已寄至 ${WANG.email}`);

    // Not confirmed yet: login is refused with the reason.
    await page.getByRole("button", { name: "登入", exact: true }).click();
    await page.getByLabel("健保卡密碼", { exact: true }).fill("wang12");
    await page.getByRole("button", { name: "以健保卡登入" }).click();
    await expect(page.getByRole("alert", { name: /尚未完成電子郵件確認/ })).toBeVisible();

    await page.goto(`/dev/mailbox?to=${encodeURIComponent(WANG.email)}`);
    const mail = page.getByRole("article", { name: "健保卡網路服務註冊：請確認您的電子郵件" }).first();
    await mail.getByRole("link", { name: /\/verify\/card\/confirm\?token=/ }).click();
    await expect(page.getByRole("heading", { name: "確認電子郵件" })).toBeVisible();
    await page.getByRole("button", { name: "確認電子郵件" }).click();
    await expect(page.getByRole("status")).toContainText("電子郵件已確認");
    // The link works once.
    await page.reload();
    await page.getByRole("button", { name: "確認電子郵件" }).click();
    await expect(page.getByRole("alert", { name: /此確認連結已使用過/ })).toBeVisible();

    await insertCard(page, WANG.card);
    await page.getByLabel("健保卡密碼", { exact: true }).fill("wang12");
    await page.getByRole("button", { name: "以健保卡登入" }).click();
    await expect(page).toHaveURL(/\/me$/);
    const account = page.getByTestId("my-account");
    await expect(account).toContainText("健保卡");
    await expect(account).toContainText("電腦網頁");
    await expect(account).toContainText("王○明");
    await expect(page.getByRole("link", { name: "產生裝置碼（綁定手機）" })).toBeVisible();
  });

  test("I8: a foreign resident registers with the resident certificate's dates and serial (no household number); an expired certificate is refused", async ({ page }) => {
    await unregister(NGUYEN.card);
    await insertCard(page, NGUYEN.card);
    await expect(page.getByTestId("inserted-card")).toContainText("外籍人士（居留證）");
    await page.getByRole("button", { name: "首次註冊" }).click();
    await expect(page.getByLabel("戶號", { exact: true })).toHaveCount(0);
    await page.getByLabel("居留證核發日期").fill("2015-01-05");
    await page.getByLabel("居留證有效期限").fill("2018-01-04");
    await page.getByLabel("居留證序號").fill("YD12345678");
    await page.getByLabel("戶籍地址").fill("臺中市西屯區臺灣大道三段99號");
    await page.getByLabel("聯絡電話").fill("0998765432");
    await page.getByLabel("電子郵件").fill(NGUYEN.email);
    await page.getByLabel("設定健保卡密碼（6–12 個字元）").fill("lan2020!");
    await page.getByLabel("再次輸入健保卡密碼").fill("lan2020!");
    await page.getByRole("button", { name: "送出註冊" }).click();
    await expect(page.getByRole("alert", { name: "居留證已過期，請先辦理展延。" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("居留證核發日期").fill("2024-01-05");
    await page.getByLabel("居留證有效期限").fill("2099-01-04");
    await page.getByRole("button", { name: "送出註冊" }).click();
    await expect(page.getByRole("status")).toContainText(`確認信已寄至 ${NGUYEN.email}`);
    const [person] = await sql<{ household_number: string | null; resident_cert_serial: string }>(
      `SELECT p.household_number, p.resident_cert_serial FROM people p JOIN nhi_cards c ON c.person_id = p.id WHERE c.card_number = $1`, [NGUYEN.card]);
    expect(person).toEqual({ household_number: null, resident_cert_serial: "YD12345678" });
  });

  test("I3: three wrong passwords suspend login for 10 minutes; then even the right one is refused", async ({ page }) => {
    await unregister(LIN.card);
    await registeredCard(page, LIN, "lin123");
    await insertCard(page, LIN.card);
    const password = page.getByLabel("健保卡密碼", { exact: true });
    const submit = page.getByRole("button", { name: "以健保卡登入" });
    for (const left of [2, 1]) {
      await password.fill("nope123");
      await submit.click();
      await expect(page.getByRole("alert", { name: `健保卡密碼錯誤。再錯 ${left} 次將暫停登入 10 分鐘。` })).toBeVisible();
    }
    await password.fill("nope123");
    await submit.click();
    await expect(page.getByRole("alert", { name: /密碼錯誤 3 次，登入已暫停 10 分鐘/ })).toBeVisible();
    await password.fill("lin123");
    await submit.click();
    await expect(page.getByRole("alert", { name: /登入已暫停 10 分鐘/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "0800-030-598" }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/verify\/card/);
  });

  test("I9: a forgotten password is reset with the card and the registered household number, then the new one logs in", async ({ page }) => {
    await unregister(CHEN.card);
    await registeredCard(page, CHEN, "chen123");
    await insertCard(page, CHEN.card);
    await page.getByRole("button", { name: "忘記密碼" }).click();
    await page.getByLabel("註冊時填寫的戶號").fill("F7654321");
    await page.getByLabel("新的健保卡密碼（6–12 個字元）").fill("chen456");
    await page.getByLabel("再次輸入新的健保卡密碼").fill("chen456");
    await page.getByRole("button", { name: "重新設定密碼" }).click();
    await expect(page.getByRole("alert", { name: "戶號與註冊時填寫的不符。" })).toBeVisible();
    await page.getByLabel("註冊時填寫的戶號").fill("f1234567");
    await page.getByLabel("新的健保卡密碼（6–12 個字元）").fill("chen456");
    await page.getByLabel("再次輸入新的健保卡密碼").fill("chen456");
    await page.getByRole("button", { name: "重新設定密碼" }).click();
    await expect(page.getByRole("status")).toContainText("密碼已重新設定");
    await page.getByLabel("健保卡密碼", { exact: true }).fill("chen456");
    await page.getByRole("button", { name: "以健保卡登入" }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByTestId("my-account")).toContainText("健保卡");
  });

  test("the card page passes axe and explains the conditions in English too", async ({ page }) => {
    await page.goto("/verify/card");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByText("The card number is the 12 digits at the bottom left of the card's front.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the card reader stand-in signs only for cards it holds, and the server refuses a forged answer (CARD_RESPONSE_INVALID)", async ({ request }) => {
    const missing = await request.post("/api/standins/card-reader/sign", { data: { cardNumber: "999999999999", nonce: "n".repeat(43) } });
    expect(missing.status()).toBe(404);
    const { nonce } = await (await request.post("/api/verify/card/challenge", { data: {} })).json();
    const forged = await request.post("/api/verify/card/login", {
      data: { proof: { cardNumber: WANG.card, nonce, response: "0".repeat(64) }, form: { password: "whatever" } },
    });
    expect(forged.status()).toBe(401);
    expect((await forged.json()).error.code).toBe("CARD_RESPONSE_INVALID");
    const replay = await request.post("/api/verify/card/login", {
      data: { proof: { cardNumber: WANG.card, nonce, response: "0".repeat(64) }, form: { password: "whatever" } },
    });
    expect((await replay.json()).error.code).toBe("CHALLENGE_USED");
  });
});
