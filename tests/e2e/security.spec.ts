/**
 * Issue 7 item 6 in local use: every page carries a nonce-based Content-Security-Policy and still
 * works under it (no violation reported while pages render, hydrate and run their scripts); a staff
 * session ends at the next request once the account is deactivated.
 */
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { sql } from "./helpers/db";
import { staffSignIn } from "./helpers/people";

/** Collects CSP violations, both as the console reports them and as the page's DOM event. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) seen.push(m.text()); });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...seen, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test.describe("issue 7 item 6: Content-Security-Policy", () => {
  test("issue 7 item 6: pages send a fresh nonce policy, Next's scripts carry that nonce, and no HSTS in local use", async ({ request, page }) => {
    const a = await request.get("/");
    const b = await request.get("/");
    const policy = a.headers()["content-security-policy"]!;
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'; style-src 'self' 'nonce-/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(b.headers()["content-security-policy"]).not.toBe(policy); // one nonce per response
    expect(a.headers()["strict-transport-security"]).toBeUndefined(); // http://localhost must stay usable

    const res = await page.goto("/verify");
    const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"]!)![1]!;
    // The browser hides nonce attributes from the DOM after parsing; the property keeps the value.
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));
  });

  test("issue 7 item 6: public, citizen-verification and staff pages render and run with no CSP violation", async ({ page }) => {
    const violations = await watchCsp(page);
    for (const path of ["/", "/verify", "/verify/certificate", "/app/phone", "/app/login", "/check", "/dev/sms", "/dev/mailbox"]) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
    // A client-side flow: the card page's stand-in reader (fetch + React state) works under the policy.
    await page.goto("/verify/card");
    await page.getByLabel("讀卡機中的健保卡（示範）").selectOption("000012345678");
    await page.getByRole("button", { name: "插入卡片" }).click();
    await expect(page.getByTestId("inserted-card")).toContainText("0000 1234 5678");
    expect(await violations()).toEqual([]);
    // Staff pages, including the admin's round bars (drawn without inline styles).
    await staffSignIn(page, "admin", "emask-demo-admin");
    await page.goto("/staff/admin");
    await expect(page.locator("h1").first()).toBeVisible();
    await page.goto("/staff/audit");
    await expect(page.locator("h1").first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test.describe("issue 7 item 6: staff sessions", () => {
  test("issue 7 item 6: deactivating a staff account ends its session at the next request", async ({ page }) => {
    const passwordHash = await hashPassword("e2e-deactivate-me");
    await sql(
      // Its second factor (D122): the seeded demo secret, as the admin's (already encrypted) copy.
      `INSERT INTO staff_accounts (id, username, display_name, role, password_hash, totp_secret, totp_enrolled_at)
       VALUES (gen_random_uuid(), 'e2e-deactivated', 'E2E 停用測試', 'AUDITOR', $1, (SELECT totp_secret FROM staff_accounts WHERE username = 'admin'), now())
       ON CONFLICT (username) DO UPDATE SET active = true, password_hash = $1, failed_attempts = 0, locked_until = NULL,
         totp_secret = EXCLUDED.totp_secret, totp_enrolled_at = EXCLUDED.totp_enrolled_at`,
      [passwordHash],
    );
    await staffSignIn(page, "e2e-deactivated", "e2e-deactivate-me");
    expect((await (await page.request.get("/api/me")).json()).principal).toMatchObject({ kind: "staff", role: "AUDITOR" });
    await page.goto("/staff/audit");
    await expect(page).toHaveURL(/\/staff\/audit$/);

    await sql(`UPDATE staff_accounts SET active = false WHERE username = 'e2e-deactivated'`);

    // The same cookie, the very next requests: no staff principal, the staff pages send to the login.
    expect((await (await page.request.get("/api/me")).json()).principal).toBeNull();
    await page.goto("/staff/audit");
    await expect(page).toHaveURL(/\/staff\/login\?next=%2Fstaff%2Faudit/);
  });
});
