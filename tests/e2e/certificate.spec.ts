/**
 * I4 end to end: the citizen digital certificate on a computer — the page, the stand-in local
 * signing component (virtual cards, PIN 123456), the server's verification, the session, /me.
 * Each test uses its own demo person's card, so the tests do not depend on each other or on order;
 * the lock test unlocks its card first, so a rerun against the same server works too.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { demoCardSerial } from "@/lib/identity/certificate/card-serial";

const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const WANG = person("王小明"); // valid card (and a card from another CA)
const HUANG = person("黃閏年"); // valid card, used by the language test
const LIN = person("林美玲"); // revoked card
const CHEN = person("陳志豪"); // expired card
const LI = person("李秀英"); // the card the lock test locks
const NGUYEN = person("NGUYEN THI LAN"); // foreign resident

const HELP_LINE = "0800-030-598";

async function signIn(page: Page, opts: { idNumber: string; card: string; pin?: string }) {
  await page.getByLabel("身分證統一編號", { exact: true }).fill(opts.idNumber);
  await page.getByRole("radio", { name: new RegExp(opts.card) }).check();
  await page.getByLabel("PIN 碼", { exact: true }).fill(opts.pin ?? "123456");
  await page.getByRole("button", { name: "簽章並登入" }).click();
}

async function expectRefusal(page: Page, text: string) {
  await expect(page.getByRole("alert", { name: text })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: HELP_LINE })).toBeVisible(); // I10, beside the refusal (the footer has it too)
  await expect(page).toHaveURL(/\/verify\/certificate/);
}

test.describe("I4 citizen digital certificate", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/verify/certificate");
    await expect(page.getByRole("heading", { level: 1, name: "使用自然人憑證登入" })).toBeVisible();
    // The reader's cards are listed (holder masked) once the local component answers.
    await expect(page.getByRole("radio", { name: new RegExp(demoCardSerial(WANG.idNumber, "moica")) })).toBeVisible();
  });

  test("I4: a national signs in with the certificate end to end, and /me shows 自然人憑證", async ({ page }) => {
    // Conditions are explained before the form.
    await expect(page.getByRole("heading", { name: "開始前請確認" })).toBeVisible();
    await expect(page.getByText("僅限本國人（身分證統一編號）", { exact: false })).toBeVisible();
    await signIn(page, { idNumber: WANG.idNumber, card: demoCardSerial(WANG.idNumber, "moica") });
    await expect(page).toHaveURL(/\/me$/);
    const account = page.getByTestId("my-account");
    await expect(account).toContainText("自然人憑證");
    await expect(account).toContainText("王○明");
    await expect(account).toContainText("電腦網頁");
    const me = await (await page.request.get("/api/me")).json();
    expect(me.principal).toMatchObject({ kind: "citizen", method: "CITIZEN_CERT", channel: "WEB" });
  });

  test("I4: a wrong PIN says how many tries are left, and the third wrong PIN locks the card (PIN_WRONG vs CARD_LOCKED)", async ({ page }) => {
    const card = demoCardSerial(LI.idNumber, "moica");
    // Unlock first (demo endpoint), so a rerun against the same server starts from a fresh card.
    expect((await page.request.post("/api/standins/moica-signer/reset", { data: { card } })).ok()).toBe(true);
    await signIn(page, { idNumber: LI.idNumber, card, pin: "000000" });
    await expectRefusal(page, "PIN 碼錯誤，還可以再試 2 次。連續錯誤 3 次卡片將被鎖住。");
    await signIn(page, { idNumber: LI.idNumber, card, pin: "000000" });
    await expectRefusal(page, "PIN 碼錯誤，還可以再試 1 次。連續錯誤 3 次卡片將被鎖住。");
    const locked = "卡片已鎖住（PIN 碼連續錯誤 3 次），無法簽章。請攜帶卡片與身分證到戶政事務所解鎖。";
    await signIn(page, { idNumber: LI.idNumber, card, pin: "000000" });
    await expectRefusal(page, locked);
    // Locked means locked: the right PIN no longer works either.
    await signIn(page, { idNumber: LI.idNumber, card, pin: "123456" });
    await expectRefusal(page, locked);
  });

  test("I4: a revoked certificate is refused (CERT_REVOKED)", async ({ page }) => {
    await signIn(page, { idNumber: LIN.idNumber, card: demoCardSerial(LIN.idNumber, "moica") });
    await expectRefusal(page, "您的自然人憑證已被廢止，不能再使用。請到戶政事務所重新申請。");
  });

  test("I4: an expired certificate is refused (CERT_EXPIRED)", async ({ page }) => {
    await signIn(page, { idNumber: CHEN.idNumber, card: demoCardSerial(CHEN.idNumber, "moica") });
    await expectRefusal(page, "您的自然人憑證已過期。請到戶政事務所辦理展期或重新申請。");
  });

  test("I4: a certificate from another CA is refused (UNTRUSTED_CA)", async ({ page }) => {
    await signIn(page, { idNumber: WANG.idNumber, card: demoCardSerial(WANG.idNumber, "impostor") });
    await expectRefusal(page, "這張憑證不是由內政部憑證管理中心（MOICA）簽發，不能用來登入。");
  });

  test("I4: an ID number that does not match the certificate is refused without saying more (ID_MISMATCH)", async ({ page }) => {
    await signIn(page, { idNumber: LIN.idNumber, card: demoCardSerial(WANG.idNumber, "moica") });
    await expectRefusal(page, "輸入的身分證統一編號與讀卡機中的憑證不符。請確認號碼是否正確，以及插入的是否為本人的卡片。");
  });

  test("I8: a foreign resident cannot use a certificate (FOREIGNER_NOT_ALLOWED), refused before the card signs", async ({ page }) => {
    let signerCalled = false;
    page.on("request", (r) => {
      if (r.url().includes("/api/standins/moica-signer/sign")) signerCalled = true;
    });
    await signIn(page, { idNumber: NGUYEN.idNumber, card: demoCardSerial(WANG.idNumber, "moica") });
    await expectRefusal(
      page,
      "自然人憑證僅限本國人使用。外籍人士請改用健保卡網路註冊（需讀卡機）或到健保署服務窗口臨櫃註冊，再綁定手機裝置碼。",
    );
    expect(signerCalled).toBe(false);
  });

  test("I4: cross-site requests cannot ask for a challenge, a card signature or a verification (CROSS_SITE)", async ({ page }) => {
    const evil = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const calls: [string, unknown][] = [
      ["/api/verify/certificate/challenge", { idNumber: WANG.idNumber }],
      ["/api/standins/moica-signer/sign", { card: demoCardSerial(WANG.idNumber, "moica"), pin: "123456", nonce: "n".repeat(43) }],
      ["/api/verify/certificate", { challenge: "n".repeat(43), idNumber: WANG.idNumber, signature: "AAAA" }],
    ];
    for (const [url, data] of calls) {
      const res = await page.request.post(url, { data, headers: evil });
      expect(res.status()).toBe(403);
      expect((await res.json()).error.code).toBe("CROSS_SITE");
    }
  });

  test("I4: the page passes axe (WCAG 2 A/AA), also with an error shown, and fits a phone", async ({ page }) => {
    const axe = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect((await axe()).violations).toEqual([]);
    await page.getByRole("button", { name: "簽章並登入" }).click();
    // Issue 9 item 2: ID, card and PIN named in a focused summary, each linked to its field, the ID first.
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText(["請輸入身分證字號或居留證號", "請選擇讀卡機中的自然人憑證卡片。", "請輸入 PIN 碼：6 到 8 位數字。"]);
    await expect(summary.getByRole("link").first()).toHaveAttribute("href", "#cert-id-number");
    await expect(page.locator("#cert-id-number")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#cert-pin")).toHaveAttribute("aria-invalid", "true");
    expect((await axe()).violations).toEqual([]);
    // A wrong check digit is named before anything is signed; full-width typing is fine (issue 9 item 3).
    await page.locator("#cert-id-number").fill("A123456788");
    await page.getByRole("button", { name: "簽章並登入" }).click();
    await expect(page.locator("#cert-id-number-error")).toContainText("檢查碼");
    await page.locator("#cert-id-number").fill("Ａ１２３４５６７８９");
    await page.getByRole("button", { name: "簽章並登入" }).click();
    await expect(page.locator("#cert-id-number")).not.toHaveAttribute("aria-invalid", "true");
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("I4: in English the page and its refusals are English", async ({ page, context }) => {
    await context.addCookies([{ name: "emask-lang", value: "en", url: page.url() }]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in with your citizen digital certificate" })).toBeVisible();
    await page.getByLabel("National ID number", { exact: true }).fill(HUANG.idNumber);
    await page.getByRole("radio", { name: new RegExp(demoCardSerial(HUANG.idNumber, "moica")) }).check();
    await page.getByLabel("PIN", { exact: true }).fill("12345");
    await page.getByRole("button", { name: "Sign and sign in" }).click();
    await expect(page.getByTestId("error-summary").getByRole("link", { name: "Enter the PIN: 6 to 8 digits." })).toHaveAttribute("href", "#cert-pin");
    await expect(page.getByLabel("PIN", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });
});
