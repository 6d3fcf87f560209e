/**
 * Home page: the round timeline in both languages, the language switch (with and without
 * JavaScript), accessibility (axe, WCAG 2 A/AA) and the phone layout.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/people";
import { formatDay } from "@/lib/i18n/format";
import { addDays, dayInTaipei } from "@/lib/rules";
import { roundAround } from "@/lib/seed/factories";

/**
 * The round the page is expected to show: the seed's demo round (`roundAround(today)`, the 2020
 * shape with its order window opened two days ago), so "today" falls in step 1, pre-order.
 * The seed and this spec share the factory; change it here if the demo round changes.
 */
const ROUND = roundAround(dayInTaipei(new Date()));
const CURRENT_STEP = 1; // 1 pre-order, 2 results & payment, 3 pickup
const OPENS_AT = "09:00"; // the seed opens every round at 09:00 Taipei time

/** What each step must say, in each language: its title and its dates. */
function expected(lang: Lang) {
  const locale = lang === "zh" ? "zh-TW" : "en";
  const d = (day: string) => formatDay(day, locale);
  const titles =
    lang === "zh"
      ? ["上網預購", "公布抽籤結果與繳費", "超商取貨"]
      : ["Pre-order online", "Draw results and payment", "Pick up at the store"];
  return {
    steps: [
      [titles[0]!, d(ROUND.orderOpensOn), OPENS_AT, d(ROUND.orderClosesOn)],
      [titles[1]!, d(ROUND.resultsOn), d(ROUND.paymentDeadline)],
      [titles[2]!, d(ROUND.pickupStart), d(ROUND.pickupEnd)],
    ],
    total: lang === "zh" ? "22 元" : "NT$22", // 3 masks × 5 + 7 (O4)
    nextPurchase: d(addDays(ROUND.pickupStart, 7)), // S2
  };
}

const TEXT = {
  zh: { lang: "zh-Hant-TW", h1: "網路預購成人口罩", timeline: "本輪時程", now: "進行中", done: "已完成", upcoming: "尚未開始" },
  en: { lang: "en", h1: "Pre-order adult masks online", timeline: "This round", now: "Now", done: "Done", upcoming: "Upcoming" },
} as const;

type Lang = keyof typeof TEXT;

/** The timeline's <ol>: the list inside the region named by the timeline heading. */
function timeline(page: Page, lang: Lang) {
  return page.getByRole("region", { name: TEXT[lang].timeline }).getByRole("list");
}

async function expectHomeIn(page: Page, lang: Lang) {
  await expect(page.locator("html")).toHaveAttribute("lang", TEXT[lang].lang);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].h1);
  await expect(page.getByRole("button", { name: lang === "en" ? "English" : "中文" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const want = expected(lang);
  const steps = timeline(page, lang).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  for (const [i, texts] of want.steps.entries()) {
    for (const text of texts) await expect(steps.nth(i)).toContainText(text);
  }
  // Exactly one current step, the expected one, said in words as well as by aria-current.
  const current = timeline(page, lang).locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(steps.nth(CURRENT_STEP - 1)).toHaveAttribute("aria-current", "step");
  await expect(current).toContainText(TEXT[lang].now);
  for (let i = 0; i < 3; i++) {
    if (i + 1 === CURRENT_STEP) continue;
    await expect(steps.nth(i)).toContainText(i + 1 < CURRENT_STEP ? TEXT[lang].done : TEXT[lang].upcoming);
  }
  await expect(page.getByTestId("order-total")).toHaveText(want.total);
  await expect(page.getByRole("region", { name: TEXT[lang].timeline })).toContainText(lang === "en" ? ROUND.nameEn! : ROUND.name); // issue 9 item 8: the round has an English name
  await expect(page.getByText(want.nextPurchase)).toBeVisible();
}

test("shows the round timeline in zh-TW by default, with links onward", async ({ page }) => {
  await page.goto("/");
  await expectHomeIn(page, "zh");
  await expect(page.getByRole("link", { name: "開始預購" })).toHaveAttribute("href", "/order");
  await expect(page.getByRole("link", { name: "如何驗證身分" })).toHaveAttribute("href", "/verify");
  await expect(page.getByRole("link", { name: "0800-030-598" })).toHaveAttribute("href", "tel:0800030598");
  await expect(page.getByRole("link", { name: "(02)4128-678" })).toHaveAttribute("href", "tel:+88624128678");
});

test("switches to English, remembers it across reloads, and switches back", async ({ page }) => {
  await page.goto("/");
  await expectHomeIn(page, "zh");
  await page.getByRole("button", { name: "English" }).click();
  await expectHomeIn(page, "en");
  await expect(page).toHaveTitle("Real-name mask pre-order 2.0");
  await page.reload();
  await expectHomeIn(page, "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expectHomeIn(page, "zh");
  await page.reload();
  await expectHomeIn(page, "zh");
});

test("passes axe (WCAG 2 A and AA) in both languages", async ({ page }) => {
  await page.goto("/");
  await expectHomeIn(page, "zh");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expectHomeIn(page, "en");
  await expectNoAxeViolations(page);
});

test("the skip link is the first stop for the keyboard and moves focus to main", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要內容" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("has no horizontal scroll in either language", async ({ page }) => {
    const overflow = () =>
      page.evaluate(() => {
        const el = document.scrollingElement!;
        return el.scrollWidth - el.clientWidth;
      });
    await page.goto("/");
    await expectHomeIn(page, "zh");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "English" }).click();
    await expectHomeIn(page, "en");
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch still works (plain form post)", async ({ page }) => {
    await page.goto("/");
    await expectHomeIn(page, "zh");
    await page.getByRole("button", { name: "English" }).click();
    await expectHomeIn(page, "en");
    await page.goto("/");
    await expectHomeIn(page, "en");
  });
});
