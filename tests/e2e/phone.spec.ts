/**
 * I5 phone quick verification in the app (/app/phone), app login (/app/login), and the I5/I8
 * refusals, each naming its condition beside the help line (I10).
 * Issue 7 item 1 over HTTP: 張小華 (own monthly 0912468013; re-verified on every run).
 * Demo data (distinct per spec so reruns work): 王小明 (own monthly 0912345678: success, re-login,
 * Wi-Fi refusal), 陳志豪 (his prepaid, company, lost and terminated numbers 0955000001–4, and
 * someone else's 0955000005), NGUYEN THI LAN (foreign resident refusal; changes no state, so the
 * card/device specs may use her too). Re-verifying issues a new password, so reruns succeed.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/people";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { sql } from "./helpers/db";

const id = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!.idNumber;
const WANG = id("王小明");
const CHEN = id("陳志豪");
const NGUYEN = id("NGUYEN THI LAN");

async function verify(page: Page, { idNumber, sim, wifi = false }: { idNumber: string; sim: string; wifi?: boolean }) {
  await page.goto("/app/phone");
  await page.getByLabel("這支手機的 SIM 卡門號").selectOption(sim);
  await page.getByRole("radio", { name: wifi ? "Wi-Fi" : "行動數據（4G），Wi-Fi 關閉", exact: true }).check();
  await page.getByLabel("身分證字號").fill(idNumber);
  await page.getByRole("button", { name: "開始認證" }).click();
  const prompt = page.getByRole("dialog", { name: "螢幕解鎖" });
  await expect(prompt.getByRole("button", { name: "以螢幕鎖定確認" })).toBeFocused();
  await prompt.getByRole("button", { name: "以螢幕鎖定確認" }).click();
}

async function expectRefused(page: Page, code: string, condition: string) {
  const refusal = page.getByTestId("phone-refusal");
  const alert = refusal.getByRole("alert");
  await expect(alert).toContainText(`未符合條件：${condition}`);
  await expect(alert).toHaveAttribute("data-code", code);
  await expect(refusal.getByRole("link", { name: "0800-030-598" })).toHaveAttribute("href", "tel:0800030598");
  await expect(refusal.getByRole("link", { name: "(02)4128-678" })).toBeVisible();
  await expect(refusal.getByRole("link", { name: "裝置碼認證" })).toHaveAttribute("href", "/app/device");
  await expect(page.getByTestId("app-password")).toHaveCount(0);
}

test("I5: own monthly number on mobile data → app password shown once → signed in (手機門號認證, App); log out and back in with the app password", async ({ page }) => {
  await verify(page, { idNumber: WANG, sim: "0912345678" });
  const shown = page.getByTestId("app-password");
  await expect(shown).toHaveText(/^[a-z2-9]{10}$/);
  const password = (await shown.textContent())!;
  await page.getByRole("button", { name: "我已記下，繼續" }).click();
  await expect(page).toHaveURL(/\/me$/);
  const account = page.getByTestId("my-account");
  await expect(account).toContainText("手機門號認證");
  await expect(account).toContainText("手機 App");

  await page.getByRole("button", { name: "登出" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/app/login");
  await page.getByLabel("身分證字號或居留證號").fill(WANG);
  await page.getByLabel("App 密碼").fill(password);
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("my-account")).toContainText("手機門號認證");
  await expect(page.getByTestId("my-account")).toContainText("手機 App");
});

test("app login: a wrong app password is refused without saying whether the ID exists, beside the help line", async ({ page }) => {
  await page.goto("/app/login");
  await page.getByLabel("身分證字號或居留證號").fill(id("李秀英"));
  await page.getByLabel("App 密碼").fill("wrongpass2");
  await page.getByRole("button", { name: "登入" }).click();
  const refusal = page.getByTestId("app-login-refusal");
  await expect(refusal.getByRole("alert", { name: "身分證字號或 App 密碼錯誤。" })).toBeVisible();
  await expect(refusal.getByRole("link", { name: "0800-030-598" })).toBeVisible();
  await expect(refusal.getByRole("link", { name: "手機門號認證" })).toHaveAttribute("href", "/app/phone");
});

const refusals: { title: string; idNumber: string; sim: string; wifi?: boolean; code: string; condition: string }[] = [
  { title: "I5: Wi-Fi on is refused", idNumber: WANG, sim: "0912345678", wifi: true, code: "PHONE_WIFI_ON", condition: "須關閉 Wi-Fi，使用行動網路（4G）" },
  { title: "I5: a prepaid number is refused", idNumber: CHEN, sim: "0955000001", code: "PHONE_PREPAID", condition: "須為月租型門號（非預付卡）" },
  { title: "I5: a company number is refused", idNumber: CHEN, sim: "0955000002", code: "PHONE_COMPANY_NUMBER", condition: "不得為公司門號" },
  { title: "I5: a number reported lost is refused", idNumber: CHEN, sim: "0955000003", code: "PHONE_REPORTED_LOST", condition: "門號不得已掛失" },
  { title: "I5: a terminated number is refused", idNumber: CHEN, sim: "0955000004", code: "PHONE_TERMINATED", condition: "門號不得已退租" },
  { title: "I5: someone else's number is refused", idNumber: CHEN, sim: "0955000005", code: "PHONE_NOT_OWN_NUMBER", condition: "須為本人名義申辦的門號" },
  { title: "I8: a foreign resident is refused (use the device code)", idNumber: NGUYEN, sim: "0998765432", code: "FOREIGNER_NOT_ALLOWED", condition: "須為本國籍人士" },
];
for (const r of refusals) {
  test(`${r.title} (${r.code}), naming the condition, with the help line and the device code`, async ({ page }) => {
    await verify(page, r);
    await expectRefused(page, r.code, r.condition);
  });
}

test("the app gives the phone an httpOnly device id on its first visit, and keeps it", async ({ page, context }) => {
  await page.goto("/app");
  await expect(page.getByRole("link", { name: /手機門號認證/ })).toHaveAttribute("href", "/app/phone");
  await expect(page.getByRole("link", { name: /裝置碼認證/ })).toHaveAttribute("href", "/app/device");
  await expect(page.getByRole("link", { name: /^登入/ })).toHaveAttribute("href", "/app/login");
  const deviceCookie = async () => (await context.cookies()).find((c) => c.name === "emask-device");
  await expect.poll(deviceCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", value: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  const first = (await deviceCookie())!.value;
  await page.goto("/app/login");
  await page.reload();
  expect((await deviceCookie())!.value).toBe(first);
});

test("the phone page explains the conditions first, and passes axe before and after a refusal", async ({ page }) => {
  await page.goto("/app/phone");
  const conditions = page.getByRole("region", { name: "開始前請確認（須符合所有條件）" });
  await expect(conditions).toContainText("本國籍人士");
  await expect(conditions).toContainText("月租型門號（非預付卡）");
  await expect(conditions).toContainText("關閉 Wi-Fi");
  await expectNoAxeViolations(page);
  await verify(page, { idNumber: CHEN, sim: "0955000001" });
  await expectRefused(page, "PHONE_PREPAID", "須為月租型門號（非預付卡）");
  await expectNoAxeViolations(page);
});

test("issue 7 item 1: the stand-in operator signs an assertion bound to the nonce, naming the number only for the ID's own holder", async ({ request }) => {
  const nonceRes = await request.post("/api/app/phone/nonce", { data: { idNumber: CHEN } });
  expect(nonceRes.status()).toBe(200);
  const { nonce, operatorUrl } = await nonceRes.json();
  expect(operatorUrl).toBe("/api/standins/telecom/assert");
  const signed = await (await request.post(operatorUrl, { data: { nonce, idNumber: CHEN, connection: { sim: "0955000001", network: "MOBILE_DATA" } } })).json();
  expect(signed.signature).toMatch(/^[A-Za-z0-9_-]{86}$/); // an Ed25519 signature, base64url
  const stated = JSON.parse(Buffer.from(signed.payload, "base64url").toString());
  expect(stated).toMatchObject({ nonce, idNumber: CHEN, msisdn: "0955000001", ownerMatch: true, plan: "PREPAID", network: "MOBILE_DATA" });
  const other = await (await request.post(operatorUrl, { data: { nonce, idNumber: WANG, connection: { sim: "0955000001", network: "MOBILE_DATA" } } })).json();
  expect(JSON.parse(Buffer.from(other.payload, "base64url").toString())).toMatchObject({ ownerMatch: false, msisdn: null, plan: null });
});

test("the app speaks English through the same language cookie", async ({ page }) => {
  await page.goto("/app/phone");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Own phone number");
  await expect(page.getByTestId("app-bar")).toContainText("NHI Express | My Health Bank");
  await page.getByLabel("This phone's SIM number").selectOption("0912345678");
  await page.getByRole("radio", { name: "Wi-Fi", exact: true }).check();
  await page.getByLabel("ID number").fill(WANG);
  await page.getByRole("button", { name: "Start verification" }).click();
  await page.getByRole("button", { name: "Confirm with screen lock" }).click();
  await expect(page.getByTestId("phone-refusal").getByRole("alert")).toContainText("Condition not met: Wi-Fi off, on mobile data (4G)");
});

test.describe("issue 7 item 1: over HTTP, only the operator's signed word opens a session", () => {
  const ZHANG = id("張小華");
  const ZHANG_SIM = "0912468013";

  /** The phone's three requests; `request` keeps the nonce's binding cookie between them. */
  async function operatorAssertion(request: import("@playwright/test").APIRequestContext, idNumber: string, sim: string) {
    const { nonce, operatorUrl } = await (await request.post("/api/app/phone/nonce", { data: { idNumber } })).json();
    return (await request.post(operatorUrl, { data: { nonce, idNumber, connection: { sim, network: "MOBILE_DATA" } } })).json();
  }

  test("issue 7 item 1: the old claim (ID + number + network + unlocked, typed by anyone) gets no session (422)", async ({ request }) => {
    const res = await request.post("/api/app/phone", { data: { idNumber: ZHANG, phoneNumber: ZHANG_SIM, network: "MOBILE_DATA", screenUnlocked: true } });
    expect(res.status()).toBe(422);
    expect((await res.json()).error.code).toBe("VALIDATION");
  });

  test("issue 7 item 1: forged and unsigned assertions are refused; a genuine one works once; its replay is refused", async ({ request }) => {
    const genuine = await operatorAssertion(request, ZHANG, ZHANG_SIM);
    const stated = JSON.parse(Buffer.from(genuine.payload, "base64url").toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...stated, msisdn: "0912345678" })).toString("base64url");
    for (const assertion of [{ ...genuine, payload: forgedPayload }, { ...genuine, signature: "" }]) {
      const res = await request.post("/api/app/phone", { data: { assertion } });
      expect([401, 422]).toContain(res.status());
      expect((await res.json()).error.code).toMatch(/^(PHONE_ASSERTION_INVALID|VALIDATION)$/);
    }
    const ok = await request.post("/api/app/phone", { data: { assertion: genuine } });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({ ticket: expect.any(String), appPassword: expect.stringMatching(/^[a-z2-9]{10}$/) });
    const replay = await request.post("/api/app/phone", { data: { assertion: genuine } });
    expect(replay.status()).toBe(401);
    expect((await replay.json()).error.code).toBe("PHONE_NONCE_INVALID");
  });

  test("issue 7 item 1: a nonce from another browser is refused (the assertion alone is not enough)", async ({ request, playwright }) => {
    const genuine = await operatorAssertion(request, ZHANG, ZHANG_SIM);
    const other = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const res = await other.post("/api/app/phone", { data: { assertion: genuine } });
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe("PHONE_NONCE_INVALID");
    await other.dispose();
  });

  test("issue 7 item 1: re-verifying tells the number by SMS and writes the audit log", async ({ request }) => {
    const count = async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM notices WHERE kind = 'PHONE_REBOUND' AND recipient = $1`, [ZHANG_SIM]))[0]!.n;
    const audits = async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_logs WHERE action = 'phone.rebound'`))[0]!.n;
    // Make sure a credential exists, then re-verify: the replaced password is announced.
    expect((await request.post("/api/app/phone", { data: { assertion: await operatorAssertion(request, ZHANG, ZHANG_SIM) } })).status()).toBe(200);
    const [before, auditBefore] = [Number(await count()), Number(await audits())];
    expect((await request.post("/api/app/phone", { data: { assertion: await operatorAssertion(request, ZHANG, ZHANG_SIM) } })).status()).toBe(200);
    expect(Number(await count())).toBe(before + 1);
    expect(Number(await audits())).toBe(auditBefore + 1);
  });
});
