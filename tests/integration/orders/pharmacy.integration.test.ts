import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { apiKeyDigest, authenticatePharmacy } from "@/lib/pharmacy/authenticate";
import { checkEligibility, recordSale } from "@/lib/pharmacy/sales";
import { completeIdNumber } from "@/lib/rules";
import { dayFromDb } from "@/lib/db/days";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import pg from "pg";
import { databaseUrl, resetDatabase, testDb } from "../helpers/db";

// The pharmacy API on the one ledger: O2, S1, S3, S4.
const prisma = testDb();
const taipei = (day: string) => new Date(`${day}T10:00:00+08:00`);
const KEY = "k".repeat(40);
// Last digit 1 (odd): Mon/Wed/Fri and Sunday.
const ODD_ID = [..."0123456789"].map((d) => completeIdNumber(`A1234567${d}`)).find((id) => Number(id.at(-1)) % 2 === 1)!;

// Last digit even: Tue/Thu/Sat and Sunday (2020-03-26, pickup day 1 of ROUND_2020, is a Thursday).
const EVEN_ID = [..."0123456789"].map((d) => completeIdNumber(`B2345678${d}`)).find((id) => Number(id.at(-1)) % 2 === 0)!;

async function setup() {
  const pharmacy = await prisma.pharmacy.create({ data: { code: "5900000001", name: "藥局", county: "臺北市", town: "信義區", address: "x", apiKeyHash: apiKeyDigest(KEY) } });
  const other = await prisma.pharmacy.create({ data: { code: "5900000002", name: "藥局2", county: "臺北市", town: "信義區", address: "y" } });
  const person = await upsertPerson(prisma, buildPerson(1, { idNumber: ODD_ID, cardNumber: "000000000001" }));
  return { pharmacy, other, person };
}

describe("pharmacy API", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    await resetDatabase();
    s = await setup();
  });
  afterAll(() => setClock(null));

  it("authenticates each pharmacy by its own key, and refuses others", async () => {
    expect((await authenticatePharmacy(`Bearer ${KEY}`)).id).toBe(s.pharmacy.id);
    await expect(authenticatePharmacy(`Bearer ${"x".repeat(40)}`)).rejects.toMatchObject({ code: "PHARMACY_UNAUTHENTICATED", status: 401 });
    await expect(authenticatePharmacy(null)).rejects.toMatchObject({ status: 401 });
  });

  it("O2: odd last digit buys Mon/Wed/Fri and Sunday, not Tuesday", async () => {
    setClock(taipei("2020-03-17")); // Tuesday
    expect(await checkEligibility("000000000001")).toMatchObject({ allowed: false, code: "NOT_TODAY" });
    setClock(taipei("2020-03-16")); // Monday
    expect(await checkEligibility("000000000001")).toMatchObject({ allowed: true, day: "2020-03-16" });
  });

  it("S1: a sale is recorded on the ledger; a second within 7 days is refused with the day it becomes possible", async () => {
    setClock(taipei("2020-03-16"));
    expect(await recordSale(s.pharmacy.id, "000000000001")).toMatchObject({ day: "2020-03-16", masks: 3 });
    setClock(taipei("2020-03-22")); // Sunday, 6 days later
    await expect(recordSale(s.other.id, "000000000001")).rejects.toMatchObject({ code: "TOO_SOON", details: { from: "2020-03-23" } });
    setClock(taipei("2020-03-23"));
    expect(await recordSale(s.other.id, "000000000001")).toMatchObject({ day: "2020-03-23" });
  });

  it("S1: two pharmacies selling to one card at the same moment: exactly one sale is recorded", async () => {
    setClock(taipei("2020-03-16"));
    const results = await Promise.allSettled([recordSale(s.pharmacy.id, "000000000001"), recordSale(s.other.id, "000000000001"), recordSale(s.pharmacy.id, "000000000001")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.ledgerEntry.count()).toBe(1);
  });

  it("S3/S4: a paid online order does not stop a pharmacy purchase before its pickup window (3/22 → pickup from 3/29)", async () => {
    const round = await upsertRound(prisma, ROUND_2020);
    const store = await createStore(prisma, 1);
    await prisma.order.create({ data: { personId: s.person.id, roundId: round.id, storeId: store.id, channel: "WEB", status: "PAID", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
    setClock(taipei("2020-03-22")); // Sunday
    expect(await recordSale(s.pharmacy.id, "000000000001")).toMatchObject({ day: "2020-03-22" });
    const entry = await prisma.ledgerEntry.findFirstOrThrow();
    expect(dayFromDb(entry.effectiveDay)).toBe("2020-03-22");
  });

  it("issue 7 item 5: S2 — on pickup day 1 at 00:00:01, before the ledger job has run, a sale to a person with a paid order is refused", async () => {
    const round = await upsertRound(prisma, ROUND_2020); // pickup 2020-03-26 … 2020-04-01
    const store = await createStore(prisma, 1);
    const buyer = await upsertPerson(prisma, buildPerson(2, { idNumber: EVEN_ID, cardNumber: "000000000002" }));
    const order = await prisma.order.create({ data: { personId: buyer.id, roundId: round.id, storeId: store.id, channel: "WEB", status: "PAID", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
    setClock(new Date("2020-03-26T00:00:01+08:00"));
    // The worker has not run: the order has no ledger row yet.
    expect(await prisma.ledgerEntry.count({ where: { orderId: order.id } })).toBe(0);
    await expect(recordSale(s.pharmacy.id, "000000000002")).rejects.toMatchObject({ code: "TOO_SOON", status: 409, details: { from: "2020-04-02" } });
    expect(await checkEligibility("000000000002")).toMatchObject({ allowed: false, code: "TOO_SOON" });
    expect(await prisma.ledgerEntry.count({ where: { personId: buyer.id } })).toBe(0);
  });

  it("issue 7 item 5: S6 — an unpaid (selected) order whose window started does not block the sale", async () => {
    const round = await upsertRound(prisma, ROUND_2020);
    const store = await createStore(prisma, 1);
    const buyer = await upsertPerson(prisma, buildPerson(2, { idNumber: EVEN_ID, cardNumber: "000000000002" }));
    await prisma.order.create({ data: { personId: buyer.id, roundId: round.id, storeId: store.id, channel: "WEB", status: "SELECTED", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
    setClock(new Date("2020-03-26T00:00:01+08:00"));
    expect(await recordSale(s.pharmacy.id, "000000000002")).toMatchObject({ day: "2020-03-26" });
  });

  it("issue 7 item 4: 20 concurrent sales for one card → exactly 1 sale and 19 × 409 TOO_SOON (no write-conflict error escapes)", async () => {
    setClock(taipei("2020-03-16"));
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => recordSale(i % 2 ? s.pharmacy.id : s.other.id, "000000000001")));
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused.map((r) => [r.reason?.code, r.reason?.status])).toEqual(Array.from({ length: 19 }, () => ["TOO_SOON", 409]));
    expect(await prisma.ledgerEntry.count()).toBe(1);
  });

  it("issue 7 item 4: a sale the database aborts as a deadlock (P2034) is retried and answers 409 TOO_SOON, not 500", async () => {
    // A deterministic deadlock: another purchase T0 (its own connection) holds an uncommitted row on
    // 3/10; the sale on 3/16 waits on it inside the 7-day exclusion constraint; T0 then adds a row on
    // 3/22, which waits on the sale's row. PostgreSQL aborts the sale (it has waited longest, 40P01).
    setClock(taipei("2020-03-16"));
    const t0 = new pg.Client({ connectionString: databaseUrl() });
    await t0.connect();
    try {
      await t0.query("BEGIN");
      const row = `INSERT INTO ledger_entries (id, person_id, channel, pharmacy_id, effective_day) VALUES (gen_random_uuid(), $1, 'PHARMACY', $2, $3)`;
      await t0.query(row, [s.person.id, s.other.id, "2020-03-10"]);
      const sale = recordSale(s.pharmacy.id, "000000000001").then(
        (v) => ({ ok: true as const, v }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      await new Promise((r) => setTimeout(r, 300)); // the sale is now waiting on T0's row
      await t0.query(row, [s.person.id, s.other.id, "2020-03-22"]); // completes once the sale is aborted
      await t0.query("COMMIT");
      const outcome = await sale;
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? null : outcome.e).toMatchObject({ code: "TOO_SOON", status: 409 });
    } finally {
      await t0.end();
    }
    expect(await prisma.ledgerEntry.count({ where: { pharmacyId: s.pharmacy.id } })).toBe(0);
  });

  it("an unknown card is refused (UNKNOWN_CARD)", async () => {
    setClock(taipei("2020-03-16"));
    await expect(checkEligibility("123412341234")).rejects.toMatchObject({ code: "UNKNOWN_CARD" });
  });
});
