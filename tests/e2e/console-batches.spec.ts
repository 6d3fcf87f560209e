/**
 * Issue 10 part B in Chromium: order batches (drill-down to a store), the draw run and published
 * from the console, an export downloaded and its rows checked, the audit log searched, open data.
 *
 * Its own round and stores, so no other spec's state matters: ordering opened and closed the day
 * before the app's today (later than the demo round opened, so the demo round stays the current
 * one for citizens), results tomorrow — so the worker closes it but leaves the draw to the console.
 * Store X has 1 pack for 3 orders (the draw decides), store Y 5 packs for 1 order.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, staffSignIn } from "./helpers/people";
import { sql } from "./helpers/db";
import { addDays } from "@/lib/rules";

const tag = String(Date.now()).slice(-6);
const X = { code: `EX${tag}`, name: `主控台測試甲${tag}門市` };
const Y = { code: `EY${tag}`, name: `主控台測試乙${tag}門市` };
let roundId = "";
let roundName = "";
let chainName = "";
let centreName = "";

async function admin(page: Page): Promise<string> {
  await staffSignIn(page, "admin", "emask-demo-admin");
  await page.goto("/staff/admin");
  return (await page.getByTestId("clock").textContent())!.slice(0, 10); // the app's today (Taipei)
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const today = await admin(page);
  await page.context().close();
  const yesterday = addDays(today, -1);
  roundName = `主控台測試輪 ${tag}`;
  const rounds = await sql<{ id: string }>(
    `INSERT INTO rounds (id, name, order_opens_at, order_closes_on, results_on, payment_deadline, pickup_start, pickup_end)
     VALUES (gen_random_uuid(), $1, ($2::date + time '09:00') AT TIME ZONE 'Asia/Taipei', $2::date, $3::date, $4::date, $5::date, $6::date) RETURNING id`,
    [roundName, yesterday, addDays(today, 1), addDays(today, 6), addDays(today, 7), addDays(today, 13)],
  );
  roundId = rounds[0]!.id;
  const [centre] = await sql<{ id: string; name: string; chain: string }>(
    `SELECT lc.id, lc.name, ch.name_zh AS chain FROM logistics_centres lc JOIN chains ch ON ch.id = lc.chain_id WHERE lc.chain_id = '7-ELEVEN' ORDER BY lc.name LIMIT 1`,
  );
  centreName = centre!.name;
  chainName = centre!.chain;
  for (const [s, packs, orders] of [[X, 1, 3], [Y, 5, 1]] as const) {
    const created = await sql<{ id: string }>(
      `INSERT INTO stores (id, code, chain_id, name, name_en, county, town, postal_code, address, logistics_centre_id)
       VALUES (gen_random_uuid(), $1, '7-ELEVEN', $2, $1, '臺北市', '信義區', '110', '信義路一段1號', $3) RETURNING id`,
      [s.code, s.name, centre!.id],
    );
    const storeId = created[0]!.id;
    await sql(`INSERT INTO store_supplies (round_id, store_id, packs) VALUES ($1, $2, $3)`, [roundId, storeId, packs]);
    await sql(
      `WITH p AS (
         INSERT INTO people (id, id_number, id_kind, name, birth_date, phone, updated_at)
         SELECT gen_random_uuid(), 'W2' || lpad(($1::int * 10 + i)::text, 8, '0'), 'NATIONAL', '測試' || i || '號', '1980-01-01', '0977' || lpad(($1::int * 10 + i)::text, 6, '0'), now()
         FROM generate_series(1, $2::int) i RETURNING id)
       INSERT INTO orders (id, person_id, round_id, store_id, channel, masks, unit_price, fee, total, updated_at)
       SELECT gen_random_uuid(), p.id, $3, $4, 'APP', 3, 5, 7, 22, now() FROM p`,
      [Number(tag) % 100000 * 2 + (s === X ? 0 : 1), orders, roundId, storeId],
    );
  }
});

// Leave nothing behind: other specs (round.spec.ts) count every order and ledger entry in the database.
test.afterAll(async () => {
  if (!roundId) return;
  const mine = `(SELECT id FROM orders WHERE round_id = '${roundId}')`;
  await sql(`DELETE FROM notices WHERE order_id IN ${mine}`);
  await sql(`DELETE FROM draw_entries WHERE order_id IN ${mine}`);
  await sql(`DELETE FROM payments WHERE order_id IN ${mine}`);
  await sql(`DELETE FROM ledger_entries WHERE order_id IN ${mine}`);
  await sql(`DELETE FROM draws WHERE round_id = $1`, [roundId]);
  const people = await sql<{ person_id: string }>(`DELETE FROM orders WHERE round_id = $1 RETURNING person_id`, [roundId]);
  await sql(`DELETE FROM people WHERE id = ANY($1::uuid[])`, [people.map((p) => p.person_id)]);
  await sql(`DELETE FROM rounds WHERE id = $1`, [roundId]); // supplies and draw batches go with it
  await sql(`DELETE FROM stores WHERE code = ANY($1)`, [[X.code, Y.code]]);
});

test("issue 10 item 3: order batches drill down from the chain to a store's orders, personal data masked", async ({ page }) => {
  await admin(page);
  await page.goto(`/staff/admin/batches?round=${roundId}`);
  await expect(page.getByRole("heading", { name: "訂單批次" })).toBeVisible();
  const table = page.getByTestId("batch-table");
  await expect(table.getByRole("row", { name: new RegExp(chainName) })).toContainText("4"); // 4 orders in all
  await table.getByRole("link", { name: chainName }).click();
  await expect(page).toHaveURL(/by=centre/);
  await page.getByTestId("batch-table").getByRole("link", { name: centreName }).click();
  await expect(page).toHaveURL(/by=store/);
  const row = page.getByTestId("batch-table").getByRole("row", { name: new RegExp(X.code) });
  await expect(row.getByRole("cell").first()).toHaveText("1"); // supply
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: `門市訂單：${X.code} ${X.name}` })).toBeVisible();
  await expect(page.getByTestId("store-order-count")).toHaveText("共 3 筆訂單（個人資料已遮蔽）");
  const orders = page.getByTestId("store-orders");
  await expect(orders.getByText(/^測○+號$/)).toHaveCount(3);
  await expect(orders).not.toContainText("W2");
  await expect(orders.getByText(/^W\*+\d{3}$/)).toHaveCount(3); // the ID as "W******NNN" only
  await expectNoAxeViolations(page);
  // The charts are there, with their numbers.
  await page.goto(`/staff/admin/batches?round=${roundId}`);
  await expect(page.getByTestId("chart-funnel").getByRole("img")).toHaveAccessibleName(/預購 4, 中籤 0/);
  await expect(page.getByTestId("chart-channel").getByRole("img")).toHaveAccessibleName(/App · 不明 4/);
  await expectNoAxeViolations(page);
});

test("issue 10 item 4: the draw is run and published from the console, with a preview, confirmation, progress and an audit trail", async ({ page }) => {
  test.setTimeout(90_000); // two staff sign-ins, a draw and four axe runs
  await admin(page);
  await page.goto(`/staff/admin/draw?round=${roundId}`);
  await expect(page.getByTestId("oversubscribed").getByRole("row", { name: new RegExp(X.code) })).toContainText("3");
  await expect(page.getByTestId("oversubscribed")).not.toContainText(Y.code);
  await expectNoAxeViolations(page);
  const run = page.getByRole("button", { name: "執行並公布抽籤" });
  await run.click(); // not confirmed: the form does not go
  await expect(page.getByTestId("draw-phase")).not.toHaveText("已抽籤並公布");
  await page.getByRole("checkbox", { name: "我確認要執行這項作業" }).check();
  await run.click();
  await expect(page.getByTestId("draw-phase")).toHaveText(/抽籤進行中|已抽籤並公布/);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("draw-phase")).toHaveText("已抽籤並公布", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("draw-progress")).toHaveText(/抽籤進度：(\d+) \/ \1 批/);
  // D173: the draw left the orders PLACED and recorded its decision in one entry each.
  const statuses = await sql<{ status: string; selected: boolean; n: number }>(
    `SELECT o.status, e.selected, count(*)::int AS n FROM orders o JOIN draw_entries e ON e.order_id = o.id WHERE o.round_id = $1 GROUP BY 1, 2 ORDER BY 2 DESC`, [roundId]);
  expect(statuses).toEqual([{ status: "PLACED", selected: true, n: 2 }, { status: "PLACED", selected: false, n: 2 }]);

  await page.getByRole("checkbox", { name: "我確認要執行這項作業" }).check();
  await page.getByRole("button", { name: "立即發送通知" }).click();
  await expect(page.getByRole("status")).toHaveText("通知已發送。");
  const unsent = await sql(`SELECT 1 FROM notices n JOIN orders o ON o.id = n.order_id WHERE o.round_id = $1 AND n.status <> 'SENT'`, [roundId]);
  expect(unsent).toEqual([]);
  await page.getByRole("link", { name: "公開抽籤資料" }).click();
  await expect(page).toHaveURL(new RegExp(`/rounds/${roundId}/draw`));

  // Audited, and the auditor reads it in Taipei time — with nothing to press.
  const auditor = await (await page.context().browser()!.newContext()).newPage();
  await staffSignIn(auditor, "auditor", "emask-demo-auditor");
  await auditor.goto(`/staff/audit?actor=admin&action=console.draw&subject=${roundId}`);
  const log = auditor.getByTestId("audit-log");
  await expect(log.getByRole("row", { name: /console\.draw\.start/ })).toBeVisible();
  await expect(log.getByRole("row", { name: /console\.draw\.done/ })).toBeVisible();
  await expect(auditor.getByTestId("audit-count")).toHaveText("共 2 筆");
  await auditor.goto(`/staff/admin/draw?round=${roundId}`);
  await expect(auditor.getByRole("button", { name: /抽籤|通知|重新發送/ })).toHaveCount(0);
  await expectNoAxeViolations(auditor);
});

test("issue 10 item 5: a store's pick list downloads as CSV with its paid orders; the printable list agrees", async ({ page }) => {
  // The drawn orders of store X pay (set-up: paying is other specs' concern).
  const [paid] = await sql<{ id: string }>(`UPDATE orders o SET status = 'PAID' FROM draw_entries e WHERE e.order_id = o.id AND e.selected AND o.round_id = $1 AND o.status = 'PLACED' AND o.store_id = (SELECT id FROM stores WHERE code = $2) RETURNING o.id::text`, [roundId, X.code]);
  await admin(page);
  await page.goto(`/staff/admin/exports?round=${roundId}&store=${X.code}`);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("store-exports").getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pick-list-.*\.csv$/);
  const lines = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(lines[0]).toBe("logistics_centre,chain,store_code,store_name,county,town,address,order_ref,packs,masks");
  expect(lines.slice(1)).toEqual([`${centreName},7-ELEVEN,${X.code},${X.name},臺北市,信義區,信義路一段1號,${paid!.id},1,3`]);

  await page.getByTestId("store-exports").getByRole("link", { name: "列印版" }).click();
  await expect(page.getByTestId("store-packs")).toHaveText("應出貨（包）: 1");
  await expect(page.getByTestId("order-refs")).toHaveText(paid!.id);

  const recon = await page.request.get(`/api/staff/exports/reconciliation?round=${roundId}`);
  expect(recon.headers()["content-disposition"]).toMatch(/^attachment; filename="reconciliation-/);
  const rows = (await recon.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n").slice(1).map((l) => l.split(","));
  expect(rows.map((r) => r[9]).sort()).toEqual(["AWAITING", "RECORDED_NOT_PAID"]);
});

test("issue 10 item 8: open data — JSON and CSV, cache-friendly (ETag → 304), and a public page", async ({ page, request }) => {
  const res = await request.get("/api/open-data/stores");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("public");
  const etag = res.headers()["etag"]!;
  const body = await res.json();
  expect(body.stores.length).toBeGreaterThan(0);
  expect(Object.keys(body.stores[0]).sort()).toEqual(["address", "chain", "code", "county", "demand", "name", "nameEn", "supply", "town"]);
  expect((await request.get("/api/open-data/stores", { headers: { "if-none-match": etag } })).status()).toBe(304);
  const csv = await request.get("/api/open-data/stores.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toBe("\uFEFFround,store_code,chain,store_name,store_name_en,county,town,address,supply_packs,orders");
  await page.goto("/open-data");
  await expect(page.getByRole("heading", { name: "各門市配量與預購數" })).toBeVisible();
  await expect(page.getByTestId("open-data").getByRole("row")).not.toHaveCount(0);
  await expectNoAxeViolations(page);
});
