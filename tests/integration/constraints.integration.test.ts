import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { orderPrice } from "@/lib/rules";
import { dayToDb } from "@/lib/db/days";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "./helpers/db";

// The database itself refuses what must never be stored, whatever the code above it does.
const prisma = testDb();

async function fixtures() {
  const person = await upsertPerson(prisma, buildPerson(1));
  const other = await upsertPerson(prisma, buildPerson(2));
  const store = await createStore(prisma, 1);
  const round = await upsertRound(prisma, ROUND_2020);
  const pharmacy = await prisma.pharmacy.create({
    data: { code: "5900000001", name: "測試藥局", county: "臺北市", town: "信義區", address: "信義路1號" },
  });
  return { person, other, store, round, pharmacy };
}

function orderData(f: Awaited<ReturnType<typeof fixtures>>, personId = f.person.id) {
  const price = orderPrice(3, 5, 7);
  return { personId, roundId: f.round.id, storeId: f.store.id, channel: "WEB" as const, masks: 3, unitPrice: 5, fee: price.fee, total: price.total };
}

/** The PostgreSQL error code behind a failed Prisma call (23505 unique, 23514 check, 23P01 exclusion…). */
async function pgCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError) {
      if (e.code === "P2002") return "23505";
      if (e.code === "P2003") return "23503";
    }
    // Prisma reports other database errors as "Database error. Code: `23514`. Message: …".
    const text = e instanceof Error ? e.message : String(e);
    return text.match(/Code: `(\w+)`/)?.[1] ?? `unexpected: ${text.slice(0, 300)}`;
  }
  return "no error";
}

describe("database constraints", () => {
  let f: Awaited<ReturnType<typeof fixtures>>;
  beforeEach(async () => {
    await resetDatabase();
    f = await fixtures();
  });

  it("O3: a second order for the same person and round is refused by the database", async () => {
    await prisma.order.create({ data: orderData(f) });
    expect(await pgCode(prisma.order.create({ data: orderData(f) }))).toBe("23505");
    expect(await prisma.order.count({ where: { personId: f.person.id } })).toBe(1);
  });

  it("O3: another person may order in the same round", async () => {
    await prisma.order.create({ data: orderData(f) });
    await prisma.order.create({ data: orderData(f, f.other.id) });
    expect(await prisma.order.count()).toBe(2);
  });

  it("O3: concurrent orders for one person and round: exactly one is stored", async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => prisma.order.create({ data: orderData(f) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.order.count()).toBe(1);
  });

  it("R3: payment codes stay unique though some orders have none (partial index, D170; given at placement, D173)", async () => {
    // D173: the database gives every new order a code …
    const given = await prisma.order.create({ data: orderData(f) });
    expect(given.paymentCode).toMatch(/^\d{14}$/);
    await prisma.order.delete({ where: { id: given.id } });
    // … but orders drawn before D173 may have none: many without a code (and without an
    // idempotency key or pickup code) are fine …
    const a = await prisma.order.create({ data: { ...orderData(f), paymentCode: null } });
    const b = await prisma.order.create({ data: { ...orderData(f, f.other.id), paymentCode: null } });
    expect(await prisma.order.count({ where: { paymentCode: null, pickupCodeHash: null, idempotencyKey: null } })).toBe(2);
    await prisma.order.update({ where: { id: a.id }, data: { paymentCode: "12345678901234" } });
    // … but a code already given to one order is refused for another, and found by lookup.
    expect(await pgCode(prisma.order.update({ where: { id: b.id }, data: { paymentCode: "12345678901234" } }))).toBe("23505");
    expect((await prisma.order.findUnique({ where: { paymentCode: "12345678901234" } }))?.id).toBe(a.id);
    await prisma.order.update({ where: { id: a.id }, data: { pickupCodeHash: "h1", idempotencyKey: "k1" } });
    expect(await pgCode(prisma.order.update({ where: { id: b.id }, data: { pickupCodeHash: "h1" } }))).toBe("23505");
    const nulls = await prisma.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'orders' AND indexdef LIKE '%WHERE%IS NOT NULL%' ORDER BY indexname`;
    expect(nulls.map((n) => n.indexname)).toEqual(["orders_payment_code_key", "orders_person_id_idempotency_key_key", "orders_pickup_code_hash_key"]);
  });

  it("O4: an order whose total is not goods + fee is refused", async () => {
    expect(await pgCode(prisma.order.create({ data: { ...orderData(f), total: 21 } }))).toBe("23514");
  });

  it("S1: two purchases of one person less than 7 days apart are refused, across channels", async () => {
    const order = await prisma.order.create({ data: orderData(f), select: { id: true } });
    await prisma.ledgerEntry.create({
      data: { personId: f.person.id, channel: "PHARMACY", pharmacyId: f.pharmacy.id, effectiveDay: dayToDb("2020-03-22") },
    });
    // 3/26 is 4 days after 3/22: refused. (S3 moves it to 3/29.)
    const tooSoon = prisma.ledgerEntry.create({
      data: { personId: f.person.id, channel: "ONLINE", orderId: order.id, effectiveDay: dayToDb("2020-03-26") },
    });
    expect(await pgCode(tooSoon)).toBe("23P01");
    // 3/29 = 3/22 + 7: allowed.
    await prisma.ledgerEntry.create({
      data: { personId: f.person.id, channel: "ONLINE", orderId: order.id, effectiveDay: dayToDb("2020-03-29") },
    });
    expect(await prisma.ledgerEntry.count({ where: { personId: f.person.id } })).toBe(2);
  });

  it("S1: the 7-day rule is per person: another person may buy the same day", async () => {
    for (const personId of [f.person.id, f.other.id]) {
      await prisma.ledgerEntry.create({
        data: { personId, channel: "PHARMACY", pharmacyId: f.pharmacy.id, effectiveDay: dayToDb("2020-03-22") },
      });
    }
    expect(await prisma.ledgerEntry.count()).toBe(2);
  });

  it("S1: a ledger entry must name its source (online → order, pharmacy → pharmacy)", async () => {
    const bad = prisma.ledgerEntry.create({ data: { personId: f.person.id, channel: "ONLINE", effectiveDay: dayToDb("2020-03-26") } });
    expect(await pgCode(bad)).toBe("23514");
  });

  it("R1: a round whose calendar runs backwards is refused", async () => {
    const bad = prisma.round.create({
      data: {
        name: "bad",
        orderOpensAt: new Date("2020-03-12T01:00:00Z"),
        orderClosesOn: dayToDb("2020-03-18"),
        resultsOn: dayToDb("2020-03-19"),
        paymentDeadline: dayToDb("2020-03-27"), // after pickup starts
        pickupStart: dayToDb("2020-03-26"),
        pickupEnd: dayToDb("2020-04-01"),
      },
    });
    expect(await pgCode(bad)).toBe("23514");
  });

  it("I2: an ID number outside the three published forms, or of the wrong kind, is refused", async () => {
    const base = { name: "x", birthDate: dayToDb("1980-01-01") };
    expect(await pgCode(prisma.person.create({ data: { ...base, idNumber: "a123456789", idKind: "NATIONAL" } }))).toBe("23514");
    expect(await pgCode(prisma.person.create({ data: { ...base, idNumber: "A823456789", idKind: "NATIONAL" } }))).toBe("23514");
  });

  it("I2: an NHI card number is exactly 12 digits", async () => {
    const bad = prisma.nhiCard.create({ data: { cardNumber: "12345678901X", personId: f.person.id } });
    expect(await pgCode(bad)).toBe("23514");
  });

  it("R3: at most one successful payment per order, and paid_at only when it succeeded", async () => {
    const order = await prisma.order.create({ data: orderData(f), select: { id: true } });
    const paid = { orderId: order.id, method: "ATM" as const, amount: 22, status: "SUCCEEDED" as const, paidAt: new Date() };
    await prisma.payment.create({ data: paid });
    expect(await pgCode(prisma.payment.create({ data: paid }))).toBe("23505");
    const pendingButPaid = prisma.payment.create({ data: { ...paid, status: "PENDING" } });
    expect(await pgCode(pendingButPaid)).toBe("23514");
  });

  it("a store clerk account must belong to a store", async () => {
    const bad = prisma.staffAccount.create({ data: { username: "c", displayName: "c", role: "CLERK", passwordHash: "x" } });
    expect(await pgCode(bad)).toBe("23514");
  });

  it("the audit log is append-only", async () => {
    const row = await prisma.auditLog.create({ data: { actorKind: "system", action: "test" } });
    expect(await pgCode(prisma.auditLog.update({ where: { id: row.id }, data: { action: "changed" } }))).toBe("42501");
    expect(await pgCode(prisma.auditLog.delete({ where: { id: row.id } }))).toBe("42501");
    expect(await prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "test" });
  });

  it("a person with orders cannot be deleted (foreign keys restrict)", async () => {
    await prisma.order.create({ data: orderData(f) });
    expect(await pgCode(prisma.person.delete({ where: { id: f.person.id } }))).toBe("23503");
  });
});
