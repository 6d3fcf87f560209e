/**
 * "Which way suits me?" (/verify): the seed's flow chart as a questionnaire. Each path of the
 * chart is answered and its recommendation checked, with and without JavaScript, with ?next=
 * passed on, in both languages, and through axe.
 * Demo data: none — the chooser reads and writes nothing.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/people";

const Q = {
  national: "您是本國籍人士嗎？",
  own: "您的手機門號是以本人名義申辦的月租型門號，並可使用行動上網（4G）嗎？",
  reader: "您有可以使用的電腦和讀卡機（插健保卡用）嗎？",
  cert: "您有自然人憑證嗎？",
  prefer: "您想用哪裡預購？",
} as const;

const WAY = {
  PHONE: "手機門號快速認證（App）",
  NHI_CARD: "健保卡（電腦）",
  CITIZEN_CERT: "自然人憑證（電腦）",
  DEVICE: "裝置碼綁定手機",
  COUNTER: "臨櫃註冊",
} as const;

async function answer(page: Page, answers: Partial<Record<keyof typeof Q, string>>) {
  for (const [q, option] of Object.entries(answers)) {
    await page.getByRole("group", { name: Q[q as keyof typeof Q] }).getByRole("radio", { name: option, exact: true }).check();
  }
  await page.getByRole("button", { name: "看建議的方式" }).click();
}

const recommended = (page: Page) => page.getByTestId("recommended-way");
const primaryCard = (page: Page) => page.getByTestId("recommendation").locator("section[data-way]");

test.describe("the chooser recommends each path of the flow chart", () => {
  test("I5: national, own monthly number with mobile data, on the phone → phone quick verification in the app", async ({ page }) => {
    await page.goto("/verify");
    await answer(page, { national: "是，本國籍", own: "是", reader: "沒有", cert: "沒有", prefer: "手機（健保快易通 App）" });
    await expect(recommended(page)).toHaveText(WAY.PHONE);
    await expect(primaryCard(page).getByRole("link", { name: "用手機門號認證" })).toHaveAttribute("href", "/app/phone");
  });

  test("I3: national with a card reader, no certificate, on a computer → NHI card", async ({ page }) => {
    await page.goto("/verify");
    await answer(page, { national: "是，本國籍", own: "否", reader: "有", cert: "沒有", prefer: "電腦網頁" });
    await expect(recommended(page)).toHaveText(WAY.NHI_CARD);
    await expect(primaryCard(page).getByRole("link", { name: "用健保卡登入" })).toHaveAttribute("href", "/verify/card");
  });

  test("I4: national with a certificate and a reader, on a computer → citizen certificate", async ({ page }) => {
    await page.goto("/verify");
    await answer(page, { national: "是，本國籍", own: "是", reader: "有", cert: "有", prefer: "電腦網頁" });
    await expect(recommended(page)).toHaveText(WAY.CITIZEN_CERT);
    await expect(primaryCard(page).getByRole("link", { name: "用自然人憑證登入" })).toHaveAttribute("href", "/verify/certificate");
    await expect(page.getByTestId("alternatives")).toContainText(WAY.NHI_CARD);
  });

  test("I6: company phone / prepaid / Wi-Fi only with a card reader, on the phone → device code (card first, then the app)", async ({ page }) => {
    await page.goto("/verify");
    await answer(page, { national: "是，本國籍", own: "否", reader: "有", cert: "沒有", prefer: "手機（健保快易通 App）" });
    await expect(recommended(page)).toHaveText(WAY.DEVICE);
    await expect(page.getByTestId("recommendation")).toContainText("非本人月租門號（預付卡、公司門號、只用 Wi-Fi）不能用手機門號快速認證");
    await expect(primaryCard(page).getByRole("link", { name: "在 App 輸入裝置碼" })).toHaveAttribute("href", "/app/device");
    await expect(primaryCard(page).getByRole("link", { name: "步驟 1：先在電腦用健保卡登入" })).toHaveAttribute("href", "/verify/card");
  });

  test("I8: a foreign resident is never sent to phone quick verification: device code, with the reason", async ({ page }) => {
    await page.goto("/verify");
    // The own-number and certificate questions do not apply to foreign residents and may be skipped.
    await answer(page, { national: "否，外籍人士（持居留證）", reader: "有", prefer: "手機（健保快易通 App）" });
    await expect(recommended(page)).toHaveText(WAY.DEVICE);
    await expect(page.getByTestId("recommendation")).toContainText("外籍人士不能使用手機門號快速認證或自然人憑證");
    await expect(page.getByTestId("alternatives")).not.toContainText(WAY.PHONE);
  });

  test("I7: no own monthly number and no card reader → the counter (documents to bring, or ask someone registered)", async ({ page }) => {
    await page.goto("/verify");
    await answer(page, { national: "是，本國籍", own: "否", reader: "沒有", cert: "沒有", prefer: "手機（健保快易通 App）" });
    await expect(recommended(page)).toHaveText(WAY.COUNTER);
    await expect(primaryCard(page)).toContainText("身分證及戶口名簿");
    await expect(primaryCard(page)).toContainText("請已註冊成功的人協助");
  });

  test("an unanswered question is pointed out instead of guessing", async ({ page }) => {
    await page.goto("/verify");
    await answer(page, { national: "是，本國籍" });
    // issue 9 item 6: the error summary names each unanswered question, and only those.
    const summary = page.getByTestId("error-summary");
    await expect(summary.getByRole("link")).toHaveText(["請選擇您的手機門號是不是本人名義、可行動上網的月租型門號", "請選擇您有沒有電腦和讀卡機", "請選擇您有沒有自然人憑證", "請選擇要用手機還是電腦預購"]);
    await expect(page.getByTestId("recommendation")).toHaveCount(0);
  });
});

test("?next= from the guard is passed on to every way's link", async ({ page }) => {
  await page.goto("/me");
  await expect(page).toHaveURL(/\/verify\?next=%2Fme/);
  await expect(page.getByRole("link", { name: "用健保卡登入" }).first()).toHaveAttribute("href", "/verify/card?next=%2Fme");
  await expect(page.getByRole("link", { name: "用 App 密碼登入" })).toHaveAttribute("href", "/app/login?next=%2Fme");
  await answer(page, { national: "是，本國籍", own: "是", reader: "沒有", cert: "沒有", prefer: "手機（健保快易通 App）" });
  await expect(page).toHaveURL(/next=%2Fme/);
  await expect(primaryCard(page).getByRole("link", { name: "用手機門號認證" })).toHaveAttribute("href", "/app/phone?next=%2Fme");
});

test("lists every way directly, and the Q&A explains there is no SMS code, the conditions, foreigners and forgotten passwords", async ({ page }) => {
  await page.goto("/verify");
  const ways = page.getByRole("region", { name: "所有認證方式" });
  for (const name of Object.values(WAY)) await expect(ways.getByRole("heading", { name, exact: true })).toBeVisible();
  const faq = page.getByRole("region", { name: "常見問題" });
  await faq.getByText("以本人手機門號認證時，一直收不到簡訊或驗證碼？").click();
  await expect(faq.getByText("認證過程中不會寄送任何認證碼或簡訊。", { exact: false })).toBeVisible();
  await faq.getByText("密碼忘了怎麼辦？").click();
  await expect(faq.getByText("只要重新進行認證，便可以獲得新的密碼。")).toBeVisible();
  await faq.getByText("外國人可以用網路預購口罩嗎？").click();
  await expect(faq.getByText("手機門號快速認證限本國籍人士", { exact: false })).toBeVisible();
  const help = page.getByRole("region", { name: "認證有問題要找誰？" });
  await expect(help.getByRole("link", { name: "0800-030-598" })).toHaveAttribute("href", "tel:0800030598");
});

test("passes axe (WCAG 2 A and AA) with a recommendation shown, in both languages", async ({ page }) => {
  await page.goto("/verify?national=yes&own=no&reader=yes&cert=no&prefer=phone");
  await expect(recommended(page)).toHaveText(WAY.DEVICE);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose how to verify your identity");
  await expect(page).toHaveTitle(/^Choose how to verify your identity/);
  await expect(recommended(page)).toHaveText("Bind the phone with a device code");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the questionnaire is a plain form: the server renders the recommendation", async ({ page }) => {
    await page.goto("/verify?next=%2Fme");
    await answer(page, { national: "是，本國籍", own: "是", reader: "沒有", cert: "沒有", prefer: "手機（健保快易通 App）" });
    await expect(page).toHaveURL(/\/verify\?next=%2Fme&asked=1&national=yes&own=yes&reader=no&cert=no&prefer=phone#result$/);
    await expect(recommended(page)).toHaveText(WAY.PHONE);
    await expect(page.getByRole("group", { name: Q.national }).getByRole("radio", { name: "是，本國籍" })).toBeChecked();
  });
});
