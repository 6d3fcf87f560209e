import { expect, test, type Browser, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { expectNoAxeViolations, staffCode, staffSignIn } from "./helpers/people";
import { sql } from "./helpers/db";

/** Issue 10 part A: the operations console — rounds, stores and supply, staff accounts, its shell. */
// Several sign-ins (scrypt) and server actions per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });
async function staff(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await staffSignIn(page, username, password);
  return page;
}
const stamp = () => String(Date.now()).slice(-7);
const summary = (page: Page) => page.getByTestId("error-summary");

test("issue 10 item 1: a round with a bad calendar is refused with errors by field; corrected, it is saved with its draw commitment", async ({ browser }) => {
  const admin = await staff(browser, "admin", "emask-demo-admin");
  await admin.goto("/staff/admin/rounds");
  await admin.getByRole("link", { name: "新增輪次" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "新增輪次" })).toBeVisible();
  const name = `e2e 輪次 ${stamp()}`;
  await admin.getByLabel("名稱").fill(name);
  const closes = await admin.getByLabel("截止訂購日").inputValue();
  const deadline = await admin.getByLabel("繳費截止日").inputValue();
  // Results on the closing day (must be after it), pickup starting on the payment deadline (must be after it).
  await admin.getByLabel("公布抽籤結果日").fill(closes);
  await admin.getByLabel("取貨開始日").fill(deadline);
  await admin.getByRole("button", { name: "儲存" }).click();

  await expect(summary(admin).getByRole("heading", { name: "有問題需要修正" })).toBeVisible();
  await expect(summary(admin)).toBeFocused();
  const links = summary(admin).getByRole("link");
  await expect(links).toHaveText(["公布抽籤結果日必須晚於截止訂購日。", "取貨開始日必須晚於繳費截止日。"]);
  // By each field: its message, aria-invalid, described by the message.
  const results = admin.getByLabel("公布抽籤結果日");
  await expect(results).toHaveAttribute("aria-invalid", "true");
  await expect(results).toHaveAccessibleDescription("公布抽籤結果日必須晚於截止訂購日。");
  await expect(admin.getByLabel("取貨開始日")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("截止訂購日")).not.toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("名稱")).toHaveValue(name); // what was typed is kept
  await expectNoAxeViolations(admin);
  expect(await sql("SELECT 1 FROM rounds WHERE name = $1", [name])).toHaveLength(0);

  // A summary link takes the reader to its field.
  await links.first().click();
  await expect(results).toBeFocused();

  const resultsDay = new Date(`${closes}T00:00:00Z`);
  resultsDay.setUTCDate(resultsDay.getUTCDate() + 1);
  await results.fill(resultsDay.toISOString().slice(0, 10));
  const pickup = new Date(`${deadline}T00:00:00Z`);
  pickup.setUTCDate(pickup.getUTCDate() + 1);
  await admin.getByLabel("取貨開始日").fill(pickup.toISOString().slice(0, 10));
  await admin.getByRole("button", { name: "儲存" }).click();
  await expect(admin.getByRole("status")).toHaveText("輪次已儲存。");
  const [row] = await sql<{ id: string; draw_commitment: string }>("SELECT id, draw_commitment FROM rounds WHERE name = $1", [name]);
  expect(admin.url()).toContain(`/staff/admin/rounds/${row!.id}`);
  await expect(admin.getByTestId("commitment")).toHaveText(row!.draw_commitment);
  const audit = await sql("SELECT 1 FROM audit_logs WHERE action = 'round.create' AND target_id = $1", [row!.id]);
  expect(audit).toHaveLength(1);
});

test("issue 10 item 2: a stores CSV with errors is refused with line numbers and imports nothing; the clean file is imported", async ({ browser }) => {
  const admin = await staff(browser, "admin", "emask-demo-admin");
  await admin.goto("/staff/admin/stores");
  const s = stamp();
  const header = "code,chain,name,name_en,county,town,postal_code,address,logistics_centre";
  const line = (code: string, chain = "OKMART", name = "OK測試店") => `${code},${chain},${name},OK Test,臺北市,信義區,110,臺北市信義區松仁路1號,north`;
  const bad = [header, line(`OKA${s}`), line(`OKB${s}`, "CIRCLEK"), line(`OKC${s}`, "OKMART", "")].join("\n");
  const form = admin.getByTestId("import-form");
  await form.getByLabel("CSV 檔案（UTF-8）").setInputFiles({ name: "stores.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await form.getByRole("button", { name: "匯入" }).click();
  await expect(summary(admin).getByRole("heading", { name: "檔案有 2 個問題，未匯入任何門市：" })).toBeVisible();
  await expect(summary(admin).getByRole("listitem")).toHaveText([
    "第 3 行（chain）：通路須為 7-ELEVEN、FAMILYMART、HILIFE 或 OKMART。",
    "第 4 行（name）：必填。",
  ]);
  expect(await sql("SELECT code FROM stores WHERE code LIKE $1", [`%${s}`])).toEqual([]);
  await expectNoAxeViolations(admin);

  const good = [header, line(`OKA${s}`), line(`OKB${s}`), line(`OKC${s}`, "OKMART", "OK第三店")].join("\n");
  await form.getByLabel("CSV 檔案（UTF-8）").setInputFiles({ name: "stores.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await form.getByRole("button", { name: "匯入" }).click();
  await expect(form.getByRole("status")).toHaveText("已匯入：新增 3 家，更新 0 家。");
  expect((await sql<{ code: string }>("SELECT code FROM stores WHERE code LIKE $1 ORDER BY code", [`%${s}`])).map((r) => r.code)).toEqual([`OKA${s}`, `OKB${s}`, `OKC${s}`]);
});

test("issue 10 item 7: TOTP sign-in — an admin creates an account shown once; its holder needs the password and the authenticator's code", async ({ browser }) => {
  const admin = await staff(browser, "admin", "emask-demo-admin");
  await admin.goto("/staff/admin/accounts");
  const username = `aud${stamp()}`;
  const create = admin.getByTestId("create-account");
  await create.getByLabel("帳號名稱").fill(username);
  await create.getByLabel("姓名").fill("E2E 稽核");
  await create.getByLabel("角色").selectOption("AUDITOR");
  await create.getByRole("button", { name: "新增" }).click();
  const enrolment = create.getByTestId("enrolment");
  await expect(enrolment.getByRole("img", { name: "驗證器設定 QR code" })).toBeVisible();
  const password = (await enrolment.getByTestId("enrolment-password").textContent())!;
  const secret = (await enrolment.getByTestId("enrolment-secret").textContent())!;
  expect(password).toMatch(/^[a-z2-9]{16}$/);
  // The secret is not in the database in the clear, and the page does not show it again.
  const [row] = await sql<{ totp_secret: string }>("SELECT totp_secret FROM staff_accounts WHERE username = $1", [username]);
  expect(row!.totp_secret).not.toContain(secret);
  await admin.reload();
  await expect(admin.getByTestId(`account-${username}`)).toBeVisible();
  expect(await admin.content()).not.toContain(secret);

  const page = await (await browser.newContext()).newPage();
  await page.goto("/staff/login");
  await page.getByLabel("帳號").fill(username);
  await page.getByLabel("密碼").fill(password);
  const right = generateSync({ secret });
  const code = page.getByRole("textbox", { name: "驗證碼" });
  await code.fill(right === "000000" ? "999999" : "000000");
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page.getByRole("alert", { name: "帳號、密碼或驗證碼錯誤。" })).toBeVisible();
  await code.fill(generateSync({ secret }));
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page.getByRole("heading", { name: "工作人員專區" })).toBeVisible();
  await expect(page.getByText("目前身分：稽核人員")).toBeVisible();
});

test("issue 10: the auditor reads every console page and is refused a write (403, nothing changed)", async ({ browser }) => {
  const auditor = await staff(browser, "auditor", "emask-demo-auditor");
  for (const [path, heading] of [["/staff/admin/rounds", "輪次"], ["/staff/admin/stores", "門市與配量"], ["/staff/admin/accounts", "工作人員帳號"]] as const) {
    await auditor.goto(path);
    await expect(auditor.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(auditor.getByText("您是稽核人員：可以檢視所有資料，但不能變更。")).toBeVisible();
  }
  // The controls are there to read, disabled.
  const row = auditor.getByTestId("account-counter");
  await expect(row.getByRole("button", { name: "停用" })).toBeDisabled();
  // Posting the deactivate form anyway (as a browser without the disabled attribute would) is refused.
  const form = row.locator("form").filter({ has: auditor.getByRole("button", { name: "停用" }) });
  const actionField = await form.locator('input[name^="$ACTION_ID_"]').getAttribute("name");
  expect(actionField).toBeTruthy();
  const staffId = await form.locator('input[name="staffId"]').inputValue();
  // Sent as Next's client sends an action: its id in Next-Action, the FormData in React's reply encoding.
  const res = await auditor.request.post("/staff/admin/accounts", {
    multipart: { _1_staffId: staffId, _1_active: "false", "0": JSON.stringify(["$K1"]) },
    headers: { origin: new URL(auditor.url()).origin, "next-action": actionField!.replace("$ACTION_ID_", ""), accept: "text/x-component" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await sql("SELECT active FROM staff_accounts WHERE username = 'counter'")).toEqual([{ active: true }]);
});

test("issue 10 item 9: the console speaks the visitor's language, fits a phone, and a clerk's screen names their store", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const admin = await ctx.newPage();
  await staffSignIn(admin, "admin", "emask-demo-admin");
  const nav = admin.getByRole("navigation", { name: "工作人員功能" });
  await expect(nav.getByRole("link")).toHaveText(["工作人員首頁", "輪次", "門市與配量", "訂單批次", "抽籤與通知", "匯出", "稽核紀錄", "工作人員帳號", "輪次作業與示範時鐘"]);
  for (const path of ["/staff", "/staff/admin", "/staff/admin/rounds", "/staff/admin/rounds/new", "/staff/admin/stores", "/staff/admin/accounts", "/staff/audit"]) {
    await admin.goto(path);
    const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  }
  await admin.goto("/staff/admin/rounds");
  await admin.getByRole("button", { name: "English" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Rounds");
  const navEn = admin.getByRole("navigation", { name: "Staff tools" });
  await expect(navEn.getByRole("link", { name: "Stores & supply" })).toBeVisible();
  await admin.goto("/staff/admin");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Round jobs");
  await expect(admin.getByText("輪次作業")).toHaveCount(0); // one language at a time, not both side by side
  await admin.goto("/staff/audit");
  await expect(admin.getByRole("columnheader", { name: "Time (Taipei)" })).toBeVisible();
  await expectNoAxeViolations(admin);

  const clerk = await staff(browser, "clerk", "emask-demo-clerk");
  await clerk.goto("/staff/pickup");
  const [store] = await sql<{ name: string; code: string }>("SELECT s.name, s.code FROM staff_accounts a JOIN stores s ON s.id = a.store_id WHERE a.username = 'clerk'");
  await expect(clerk.getByTestId("works-at")).toHaveText(`服務門市：${store!.name} (${store!.code})`);
  expect(staffCode()).toMatch(/^\d{6}$/);
});
