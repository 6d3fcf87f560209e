/**
 * Issue 9 item 8 (the stand-in pages follow the language switch) and item 6 (the empty
 * questionnaire says what to answer), on a phone (390×844), in zh-TW and in English: one browser
 * context per language, axe on every page with JavaScript on, and /verify once without JavaScript.
 *
 * Demo data: one order of 張小華 (a child, so no other spec orders for him) in the seeded round that
 * closes last (still open, so no job draws it meanwhile), left PLACED — paying it is refused as late, whatever the day — with two card payments, one
 * pending and one expired, made here and removed again at the end.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/people";
import { sql } from "./helpers/db";
import { DEMO_PEOPLE } from "@/lib/seed/demo";

const PHONE = { width: 390, height: 844 };
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const KEY = "e2e-standins-questionnaire";
const CHILD = DEMO_PEOPLE.find((p) => p.name === "張小華")!;
const HAN = /\p{Script=Han}/u;

const T = {
  "zh-TW": {
    atm: "ATM 轉帳", account: "轉入帳號（含銀行代碼）", transfer: "轉帳",
    accountError: "請輸入轉入帳號：10 到 20 位數字（含銀行代碼）", prefix: "錯誤：", errorTitle: "請修正以下問題", unknown: "付款沒有完成，請稍後再試",
    sms: "示範簡訊收件匣", phone: "手機號碼", smsNone: "目前沒有簡訊。",
    card: "信用卡付款", amountLine: "金額：22 元", pay: "確認付款 22 元", late: "已超過繳費期限，無法付款", status: "此筆付款狀態：已逾期失效",
    verify: "選擇身分認證方式", submit: "看建議的方式", summary: "請回答以下問題，才能給您建議",
    errors: ["請選擇您是不是本國籍人士", "請選擇您的手機門號是不是本人名義、可行動上網的月租型門號", "請選擇您有沒有電腦和讀卡機", "請選擇您有沒有自然人憑證", "請選擇要用手機還是電腦預購"],
    national: "您是本國籍人士嗎？",
    /** The other language's words must not be on the page. */
    other: /Transfer|Account|Amount|Demo|Card payment|Status|Phone number|Select whether/,
  },
  en: {
    atm: "ATM transfer", account: "Account to pay into (with bank code)", transfer: "Transfer",
    accountError: "Enter the account to pay into: 10 to 20 digits, with the bank code", prefix: "Error: ", errorTitle: "There is a problem", unknown: "The payment did not go through: try again later",
    sms: "Demo SMS inbox", phone: "Phone number", smsNone: "No messages yet.",
    card: "Card payment", amountLine: "Amount: NT$22", pay: "Pay NT$22", late: "The payment deadline has passed: this order can no longer be paid", status: "Status of this payment: Expired",
    verify: "Choose how to verify your identity", submit: "Show my way", summary: "Answer these questions to get a recommendation",
    errors: ["Select whether you are a national of Taiwan", "Select whether your phone number is your own, on a monthly plan, with mobile data", "Select whether you have a computer with a card reader", "Select whether you have a citizen digital certificate", "Select whether you want to order on your phone or on a computer"],
    national: "Are you a national of Taiwan?",
    other: HAN,
  },
} as const;
const QUESTION_IDS = ["q-national", "q-own", "q-reader", "q-cert", "q-prefer"];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let pending = "";
let expired = "";

async function removeOurOrder() {
  for (const table of ["payments", "notices", "draw_entries", "order_status_events"]) {
    await sql(`DELETE FROM ${table} WHERE order_id IN (SELECT id FROM orders WHERE idempotency_key = $1)`, [KEY]);
  }
  await sql(`DELETE FROM orders WHERE idempotency_key = $1`, [KEY]);
}

test.beforeAll(async () => {
  await removeOurOrder();
  const [order] = await sql<{ id: string }>(
    `INSERT INTO orders (id, person_id, round_id, store_id, channel, status, masks, unit_price, fee, total, idempotency_key, updated_at)
     SELECT gen_random_uuid(), p.id, (SELECT id FROM rounds ORDER BY order_closes_on DESC LIMIT 1), (SELECT id FROM stores ORDER BY code LIMIT 1), 'WEB', 'PLACED', 3, 5, 7, 22, $2, now()
     FROM people p WHERE p.id_number = $1 RETURNING id`,
    [CHILD.idNumber, KEY],
  );
  const payments = await sql<{ id: string; status: string }>(
    `INSERT INTO payments (id, order_id, method, amount, status) VALUES (gen_random_uuid(), $1, 'CREDIT_CARD', 22, 'PENDING'), (gen_random_uuid(), $1, 'CREDIT_CARD', 22, 'EXPIRED') RETURNING id, status`,
    [order!.id],
  );
  pending = payments.find((p) => p.status === "PENDING")!.id;
  expired = payments.find((p) => p.status === "EXPIRED")!.id;
});
test.afterAll(removeOurOrder);

async function phoneIn(browser: Browser, lang: "zh-TW" | "en", javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  await context.addCookies([{ name: "emask-lang", value: lang, url: ORIGIN }]);
  return context.newPage();
}

/** The questionnaire submitted with nothing chosen: the summary names every question, each links to its first radio. */
async function expectEmptyQuestionnaireErrors(page: Page, t: (typeof T)["zh-TW" | "en"]) {
  await expect(page).toHaveURL(/\/verify\?asked=1#result$/);
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText(t.summary);
  await expect(summary.getByRole("link")).toHaveText([...t.errors]);
  for (const [i, id] of QUESTION_IDS.entries()) {
    await expect(summary.getByRole("link").nth(i)).toHaveAttribute("href", `#${id}`);
    await expect(page.locator(`#${id}-error`)).toHaveText(`${t.prefix}${t.errors[i]}`);
  }
  const national = page.getByRole("group", { name: t.national });
  await expect(national.getByRole("radio").first()).toHaveId("q-national");
  await expect(national).toHaveAccessibleDescription(new RegExp(escapeRe(t.errors[0])));
  await expect(page.getByTestId("recommendation")).toHaveCount(0);
}

for (const lang of ["zh-TW", "en"] as const) {
  test(`issue 9 items 6 and 8: stand-in pages and the empty questionnaire speak ${lang} only, errors as sentences (phone)`, async ({ browser }) => {
    const t = T[lang];
    const page = await phoneIn(browser, lang);
    const main = page.locator("main");

    // The ATM: a bad account is refused by the field, in this language, and what was typed stays.
    await page.goto("/standins/atm");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.atm);
    await page.getByLabel(t.account).fill("12-ab");
    await page.getByRole("button", { name: t.transfer, exact: true }).click();
    await expect(page).toHaveURL(/error=ACCOUNT_FORMAT/);
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText(t.errorTitle);
    await expect(summary.getByRole("link", { name: t.accountError })).toHaveAttribute("href", "#atm-account");
    await expect(page.locator("#atm-account-error")).toHaveText(`${t.prefix}${t.accountError}`);
    const account = page.getByLabel(t.account);
    await expect(account).toHaveValue("12-ab");
    await expect(account).toHaveAttribute("aria-invalid", "true");
    await expect(account).toHaveAccessibleDescription(new RegExp(escapeRe(t.accountError)));
    await expect(main).not.toContainText("ACCOUNT_FORMAT");
    await expect(main).not.toContainText(t.other);
    await expectNoAxeViolations(page);
    // An inherited name is no code of ours: the generic failure, not a crash.
    await page.goto("/standins/atm?error=__proto__");
    await expect(main.getByRole("alert")).toHaveText(t.unknown);

    // The SMS inbox.
    await page.goto("/dev/sms?to=0900000001");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.sms);
    await expect(page.getByLabel(t.phone)).toHaveValue("0900000001");
    await expect(main.getByText(t.smsNone)).toBeVisible();
    await expect(main).not.toContainText(t.other);
    await expectNoAxeViolations(page);

    // The gateway: paying this (never drawn) order is refused — as a sentence; an expired payment's status is a word.
    await page.goto(`/standins/gateway/${pending}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.card);
    await expect(main).toContainText(t.amountLine);
    await page.getByRole("button", { name: t.pay }).click();
    await expect(page).toHaveURL(/error=LATE_PAYMENT/);
    await expect(main.getByRole("alert")).toHaveText(t.late);
    await expect(main).not.toContainText("LATE_PAYMENT");
    await expect(main).not.toContainText(t.other);
    await expectNoAxeViolations(page);
    await page.goto(`/standins/gateway/${expired}`);
    await expect(page.getByTestId("payment-status")).toHaveText(t.status);
    await expect(main).not.toContainText("EXPIRED");

    // The questionnaire, submitted with nothing chosen.
    await page.goto("/verify");
    await expect(page.getByTestId("error-summary")).toHaveCount(0); // a first visit is no error
    await page.getByRole("button", { name: t.submit }).click();
    await expectEmptyQuestionnaireErrors(page, t);
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${escapeRe(t.prefix + t.verify)}`));
    await expect(page.getByTestId("error-summary")).not.toContainText(t.other);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
}

test("issue 9 item 6: without JavaScript the server renders the questionnaire's error summary", async ({ browser }) => {
  const page = await phoneIn(browser, "zh-TW", false);
  await page.goto("/verify");
  await page.getByRole("button", { name: T["zh-TW"].submit }).click();
  await expectEmptyQuestionnaireErrors(page, T["zh-TW"]);
  await page.context().close();
});
