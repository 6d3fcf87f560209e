import { beforeEach, describe, expect, it } from "vitest";
import { placeOnKnownRound, placeOrder } from "@/lib/orders/place-order";
import { lockRoundForJobs } from "@/lib/rounds/run-due-transitions";
import { dayToDb } from "@/lib/db/days";
import { today } from "@/lib/clock";
import { addDays, adultIfBornBy } from "@/lib/rules";
import { buildPerson, createStore, ROUND_2020, roundAround, upsertPerson, upsertRound } from "@/lib/seed/factories";
import type { CitizenPrincipal } from "@/lib/auth/session";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();

async function setup() {
  const adult = await upsertPerson(prisma, buildPerson(1));
  const child = await upsertPerson(prisma, buildPerson(2, { birthDate: addDays(today(), -365 * 8) }));
  const store = await createStore(prisma, 1);
  const empty = await createStore(prisma, 2);
  const open = await upsertRound(prisma, roundAround(today()));
  const closed = await upsertRound(prisma, ROUND_2020);
  for (const roundId of [open.id, closed.id]) {
    await prisma.storeSupply.create({ data: { roundId, storeId: store.id, packs: 10 } });
    await prisma.storeSupply.create({ data: { roundId, storeId: empty.id, packs: 0 } });
  }
  const as = (personId: string, channel: "WEB" | "APP" = "WEB"): CitizenPrincipal => ({ kind: "citizen", personId, method: "NHI_CARD", channel });
  return { adult, child, store, empty, open, closed, as };
}

describe("placing a pre-order", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    await resetDatabase();
    s = await setup();
  });

  it("D173: the database gives each order its own 14-digit payment code when it is placed; a clash is placed again with a fresh code", async () => {
    const first = await placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null });
    const { paymentCode } = await prisma.order.findUniqueOrThrow({ where: { id: first.order.id } });
    expect(paymentCode).toMatch(/^\d{14}$/);
    // Make the generator repeat that code once, as a 1-in-10^14 coincidence would. (The column's
    // default names the function by its id: replace its body, then put the original back.)
    const def = (await prisma.$queryRawUnsafe<{ def: string }[]>(`SELECT pg_get_functiondef('emask_payment_code'::regproc) AS def`))[0]!.def;
    await prisma.$executeRawUnsafe(`CREATE SEQUENCE clash_code_seq`);
    await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION emask_payment_code() RETURNS varchar LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
      SELECT CASE WHEN nextval('clash_code_seq') = 1 THEN '${paymentCode}' ELSE lpad((nextval('clash_code_seq') + 10000000000000)::text, 14, '0') END $$`);
    try {
      const other = await upsertPerson(prisma, buildPerson(3));
      const placed = await placeOrder(s.as(other.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null });
      expect(placed.created).toBe(true);
      const stored = await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } });
      expect(stored.paymentCode).toMatch(/^\d{14}$/);
      expect(stored.paymentCode).not.toBe(paymentCode);
      expect(await prisma.order.count({ where: { personId: other.id } })).toBe(1);
    } finally {
      await prisma.$executeRawUnsafe(def);
      await prisma.$executeRawUnsafe(`DROP SEQUENCE clash_code_seq`);
    }
  });

  it("O1/O4/O5: a verified adult orders 3 masks at a store, priced 15 + 7 = 22, with its channel and history", async () => {
    const { order, created } = await placeOrder(s.as(s.adult.id, "APP"), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: "k1" });
    expect(created).toBe(true);
    expect(order).toMatchObject({ status: "PLACED", channel: "APP", masks: 3, unitPrice: 5, fee: 7, total: 22 });
    const events = await prisma.orderStatusEvent.findMany({ where: { orderId: order.id } });
    expect(events.map((e) => e.toStatus)).toEqual(["PLACED"]);
  });

  it("O3: a retried submit with the same idempotency key returns the same order, never two", async () => {
    const a = await placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: "same" });
    const b = await placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: "same" });
    expect(b).toEqual({ order: a.order, created: false });
    expect(await prisma.order.count()).toBe(1);
  });

  it("O3: concurrent submits for one person (same key) all get the one order", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: "burst" })),
    );
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.order.count()).toBe(1);
    expect(await prisma.orderStatusEvent.count()).toBe(1);
  });

  it("O3: concurrent submits with different keys: one order, the others are told ALREADY_ORDERED", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: `k${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason.code);
    expect(refusals).toEqual(Array(5).fill("ALREADY_ORDERED"));
    expect(await prisma.order.count()).toBe(1);
  });

  it("O1: a child is refused with NOT_ADULT and nothing is written", async () => {
    await expect(placeOrder(s.as(s.child.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({
      code: "NOT_ADULT",
      status: 403,
    });
    expect(await prisma.order.count()).toBe(0);
  });

  it("R1: outside the order window the refusal says so (WINDOW_CLOSED)", async () => {
    await expect(placeOrder(s.as(s.adult.id), { roundId: s.closed.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      details: { closedOn: "2020-03-18" },
    });
  });

  it("O5: an unknown store and a store without supply are refused (UNKNOWN_STORE, SUPPLY_ZERO)", async () => {
    const unknown = "00000000-0000-7000-8000-000000000000";
    await expect(placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: unknown, idempotencyKey: null })).rejects.toMatchObject({ code: "UNKNOWN_STORE" });
    await expect(placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.empty.id, idempotencyKey: null })).rejects.toMatchObject({ code: "SUPPLY_ZERO" });
    expect(await prisma.order.count()).toBe(0);
  });
});

describe("D176: an order in a round already read is one statement, and sees every change at once", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  let n = 10;
  const person = async (birthDate?: string) => upsertPerson(prisma, buildPerson(++n, birthDate ? { birthDate } : {}));
  /** The one-statement path alone: the order it placed, or null (the full path then decides). */
  const known = async (personId: string, storeId = s.store.id) =>
    placeOnKnownRound(s.as(personId), { roundId: s.open.id, storeId, idempotencyKey: null });
  beforeEach(async () => {
    await resetDatabase();
    s = await setup();
    await placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null }); // the round is now known
  });

  it("O1/R1: the person who turns 12 today is placed by the one statement, with the full path's price and history; a day younger is not", async () => {
    const twelveToday = await person(adultIfBornBy(today(), 12));
    const order = await known(twelveToday.id);
    expect(order).toMatchObject({ status: "PLACED", masks: 3, unitPrice: 5, fee: 7, total: 22, channel: "WEB" });
    expect(await prisma.orderStatusEvent.count({ where: { orderId: order!.id, toStatus: "PLACED" } })).toBe(1);
    const elevenToday = await person(addDays(adultIfBornBy(today(), 12), 1));
    expect(await known(elevenToday.id)).toBeNull();
    await expect(placeOrder(s.as(elevenToday.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({ code: "NOT_ADULT" });
  });

  it("O3/O5: an order already there, a store without supply or unknown: nothing placed, and the full path's refusal", async () => {
    expect(await known(s.adult.id)).toBeNull();
    const someone = await person();
    expect(await known(someone.id, s.empty.id)).toBeNull();
    expect(await known(someone.id, "00000000-0000-7000-8000-000000000000")).toBeNull();
    await expect(placeOrder(s.as(s.adult.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({ code: "ALREADY_ORDERED" });
    expect(await prisma.order.count()).toBe(1);
  });

  it("an order is placed while the round's jobs hold their lock on it (the tick's lock does not block the orders' key checks)", async () => {
    const someone = await person();
    await prisma.$transaction(async (tx) => {
      await lockRoundForJobs(tx, s.open.id);
      const blocked = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the order waited for the jobs' lock")), 3000));
      const placed = await Promise.race([placeOrder(s.as(someone.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null }), blocked]);
      expect(placed.created).toBe(true);
    }, { timeout: 10_000 });
  });

  it("O1/R1/O5: a round or supply changed since it was read is not placed on the old facts", async () => {
    const someone = await person();
    await prisma.storeSupply.updateMany({ where: { roundId: s.open.id, storeId: s.store.id }, data: { packs: 0 } });
    await expect(placeOrder(s.as(someone.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({ code: "SUPPLY_ZERO" });
    await prisma.storeSupply.updateMany({ where: { roundId: s.open.id, storeId: s.store.id }, data: { packs: 10 } });
    await prisma.round.update({ where: { id: s.open.id }, data: { adultAge: 99 } });
    expect(await known(someone.id)).toBeNull();
    await expect(placeOrder(s.as(someone.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({ code: "NOT_ADULT" });
    await prisma.round.update({ where: { id: s.open.id }, data: { adultAge: 12, orderClosesOn: dayToDb(addDays(today(), -1)) } });
    await expect(placeOrder(s.as(someone.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).rejects.toMatchObject({ code: "WINDOW_CLOSED" });
    await prisma.round.update({ where: { id: s.open.id }, data: { orderClosesOn: dayToDb(addDays(today(), 1)), fee: 9 } });
    expect(await known(someone.id)).toBeNull(); // the price read before is not the round's any more
    expect((await placeOrder(s.as(someone.id), { roundId: s.open.id, storeId: s.store.id, idempotencyKey: null })).order).toMatchObject({ fee: 9, total: 24 });
  });
});

describe("D179: orders that arrive together share one statement (group commit)", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  let n = 100;
  const people = async (count: number) => {
    const made = [];
    for (let k = 0; k < count; k++) made.push(await upsertPerson(prisma, buildPerson(++n)));
    return made;
  };
  const order = (personId: string, idempotencyKey: string | null) =>
    placeOrder(s.as(personId), { roundId: s.open.id, storeId: s.store.id, idempotencyKey });
  /** Orders of these people, their PLACED events written by the same transaction, and how many transactions wrote them. */
  const written = async (personIds: string[]) => {
    const [row] = await prisma.$queryRaw<{ orders: bigint; events: bigint; transactions: bigint }[]>`
      SELECT count(DISTINCT o.id) AS orders, count(e.id) AS events, count(DISTINCT o.xmin::text) AS transactions
      FROM orders o LEFT JOIN order_status_events e ON e.order_id = o.id AND e.to_status = 'PLACED' AND e.xmin::text = o.xmin::text
      WHERE o.person_id = ANY(${personIds}::uuid[])`;
    return { orders: Number(row!.orders), events: Number(row!.events), transactions: Number(row!.transactions) };
  };
  beforeEach(async () => {
    await resetDatabase();
    s = await setup();
    await order(s.adult.id, null); // the round is now known
    await prisma.storeSupply.updateMany({ where: { roundId: s.open.id, storeId: s.store.id }, data: { packs: 1000 } });
  });

  it("O3/O5: thirty people ordering at once are placed by one statement, each once, each with its own PLACED event", async () => {
    const crowd = await people(30);
    const placed = await Promise.all(crowd.map((p) => order(p.id, `key-${p.id}`)));
    expect(placed.every((p) => p.created)).toBe(true);
    expect(new Set(placed.map((p) => p.order.id)).size).toBe(30);
    expect(placed.map((p) => p.order.total)).toEqual(crowd.map(() => 22));
    expect(await written(crowd.map((p) => p.id))).toEqual({ orders: 30, events: 30, transactions: 1 });
  });

  it("O1/O3: in one batch, a triple submit with one key gets one order thrice, two keys get one order and ALREADY_ORDERED, a child NOT_ADULT", async () => {
    const [a, b, c, triple, twoKeys] = await people(5);
    const settled = await Promise.allSettled([
      ...[a!, b!, c!].map((p) => order(p.id, null)),
      order(triple!.id, "same"), order(triple!.id, "same"), order(triple!.id, "same"),
      order(twoKeys!.id, "first"), order(twoKeys!.id, "second"),
      order(s.child.id, null),
    ]);
    const value = (k: number) => {
      const r = settled[k]!;
      return r.status === "fulfilled" ? r.value : null;
    };
    const reason = (k: number) => {
      const r = settled[k]!;
      return r.status === "rejected" ? (r.reason as { code: string }).code : null;
    };
    expect([0, 1, 2].map((k) => value(k)?.created)).toEqual([true, true, true]);
    const triples = [3, 4, 5].map(value);
    expect(new Set(triples.map((t) => t?.order.id)).size).toBe(1);
    expect(triples.filter((t) => t?.created).length).toBe(1);
    const keyed = [value(6), value(7)].filter(Boolean);
    expect(keyed).toHaveLength(1);
    expect([reason(6), reason(7)].filter(Boolean)).toEqual(["ALREADY_ORDERED"]);
    expect(reason(8)).toBe("NOT_ADULT");
    expect(await written([a!, b!, c!, triple!, twoKeys!, s.child].map((p) => p.id))).toMatchObject({ orders: 5, events: 5 });
  });

  it("a batch the database refuses whole loses none of the others' orders: each goes again alone", async () => {
    const crowd = await people(8);
    const refused = crowd[3]!;
    // One person's order fails in the database (as a lost connection or a deadlock would fail a batch).
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.person_id = '${refused.id}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_one BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION refuse_one()`);
    try {
      const settled = await Promise.allSettled(crowd.map((p) => order(p.id, null)));
      expect(settled.map((r) => r.status)).toEqual(crowd.map((p) => (p === refused ? "rejected" : "fulfilled")));
      const others = crowd.filter((p) => p !== refused).map((p) => p.id);
      expect(await written(others)).toEqual({ orders: 7, events: 7, transactions: 7 });
      expect(await written([refused.id])).toEqual({ orders: 0, events: 0, transactions: 0 });
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_one ON orders`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_one()`);
    }
  });
});
