import { expect, test } from "@playwright/test";
import { staffCode, staffSignIn } from "./helpers/people";

// Sessions and roles: the staff side of the one server-side guard (demo accounts from the seed).
test.describe("staff sign-in and roles", () => {
  test("a staff page sends a visitor to the login, and a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/login\?next=%2Fstaff/);
    await page.getByLabel("帳號").fill("counter");
    await page.getByLabel("密碼").fill("wrong-password");
    await page.getByRole("button", { name: "登入" }).click();
    await expect(page.getByRole("alert", { name: "帳號、密碼或驗證碼錯誤。" })).toBeVisible();
    await expect(page).toHaveURL(/\/staff\/login/);
  });

  test("counter staff sign in, see their role and tools, and the session says who they are", async ({ page }) => {
    await page.goto("/staff/login");
    await page.getByLabel("帳號").fill("counter");
    await page.getByLabel("密碼").fill("emask-demo-counter");
    await page.getByLabel("驗證碼").fill(staffCode());
    await page.getByRole("button", { name: "登入" }).click();
    await expect(page.getByRole("heading", { name: "工作人員專區" })).toBeVisible();
    await expect(page.getByText("目前身分：臨櫃人員")).toBeVisible();
    const me = await (await page.request.get("/api/me")).json();
    expect(me.role).toBe("counter");
    expect(me.principal).toMatchObject({ kind: "staff", role: "COUNTER" });
    // A citizen page is not for staff: it asks for citizen verification instead.
    await page.goto("/me");
    await expect(page).toHaveURL(/\/verify\?next=%2Fme/);
    // Signing out ends the session.
    await page.goto("/staff");
    await page.getByRole("button", { name: "登出" }).click();
    await expect(page).toHaveURL(/\/$/);
    expect((await (await page.request.get("/api/me")).json()).principal).toBeNull();
  });

  test("an anonymous caller has no principal", async ({ request }) => {
    const me = await (await request.get("/api/me")).json();
    expect(me).toEqual({ principal: null, role: null });
  });

  test("the auditor reads the audit log (staff sign-ins are in it); a clerk may not", async ({ browser }) => {
    const signIn = async (username: string, password: string) => {
      const page = await (await browser.newContext()).newPage();
      await staffSignIn(page, username, password);
      return page;
    };
    const auditor = await signIn("auditor", "emask-demo-auditor");
    await auditor.getByRole("link", { name: "稽核紀錄" }).first().click(); // the tools list and the console navigation both name it
    await expect(auditor.getByTestId("audit-log").getByRole("row", { name: /auditor \(AUDITOR\).*staff\.login/ }).first()).toBeVisible();
    const clerk = await signIn("clerk", "emask-demo-clerk");
    await clerk.goto("/staff/audit");
    await expect(clerk).toHaveURL(/\/staff\?denied=1/);
  });
});
