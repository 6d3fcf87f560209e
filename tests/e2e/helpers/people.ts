import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo";

/** Steps several specs share, so a change to a page is mended in one place. */

/** WCAG 2 A and AA: no axe violation on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** I5 in the app: own monthly number on mobile data, screen lock, app password noted → /me. */
export async function phoneSignIn(page: Page, person: { idNumber: string; phone: string }): Promise<void> {
  await page.goto("/app/phone");
  await page.getByLabel("這支手機的 SIM 卡門號").selectOption(person.phone);
  await page.getByRole("radio", { name: "行動數據（4G），Wi-Fi 關閉", exact: true }).check();
  await page.getByLabel("身分證字號").fill(person.idNumber);
  await page.getByRole("button", { name: "開始認證" }).click();
  await page.getByRole("dialog", { name: "螢幕解鎖" }).getByRole("button", { name: "以螢幕鎖定確認" }).click();
  await page.getByRole("button", { name: "我已記下，繼續" }).click();
  await expect(page).toHaveURL(/\/me$/);
}

/** The current TOTP code of a seeded demo staff account (issue 10 item 7, D122), or of `secret`. */
export function staffCode(secret: string = DEMO_TOTP_SECRET): string {
  return generateSync({ secret });
}

/** Staff sign-in with a demo account (password + TOTP code) → the staff home. */
export async function staffSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/staff/login");
  await page.getByLabel("帳號").fill(username);
  await page.getByLabel("密碼").fill(password);
  await page.getByRole("textbox", { name: "驗證碼" }).fill(staffCode());
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page.getByRole("heading", { name: "工作人員專區" })).toBeVisible();
}
