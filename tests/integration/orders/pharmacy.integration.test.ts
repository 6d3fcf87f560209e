import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { apiKeyDigest, authenticatePharmacy } from "@/lib/pharmacy/authenticate";
import { checkEligibility, recordSale } from "@/lib/pharmacy/sales";
import { completeIdNumber } from "@/lib/rules";
import { dayFromDb } from "@/lib/db/days";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";

// The pharmacy API on the one ledger: O2, S1, S3, S4.
const prisma = testDb();
const taipei = (day: string) => new Date(`${day}T10:00:00+08:00`);
const KEY = "k".repeat(40);
// Last digit 1 (odd): Mon/Wed/Fri and Sunday.
const ODD_ID = [..."0123456789"].map((d) => completeIdNumber(`A1234567${d}`)).find((id) => Number(id.at(-1)) % 2 === 1)!;

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

  it("an unknown card is refused (UNKNOWN_CARD)", async () => {
    setClock(taipei("2020-03-16"));
    await expect(checkEligibility("123412341234")).rejects.toMatchObject({ code: "UNKNOWN_CARD" });
  });
});
