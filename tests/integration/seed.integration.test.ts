import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { checkIdNumber, isAdult, validateRoundCalendar } from "@/lib/rules";
import { dayFromDb } from "@/lib/db/days";
import { seedDatabase, SEED_STORE_COUNT } from "../../scripts/db/seed";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { databaseUrl, resetDatabase, testDb } from "./helpers/db";

// db:seed is deterministic for a given day and re-runnable: a second run changes nothing.
const prisma = testDb();
const TODAY = "2026-11-28";
const quiet = () => {};

async function snapshot() {
  const stores = await prisma.store.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, address: true, chainId: true } });
  const supplies = await prisma.storeSupply.aggregate({ _sum: { packs: true }, _count: true });
  return {
    stores,
    supplies,
    people: await prisma.person.count(),
    cards: await prisma.nhiCard.count(),
    rounds: await prisma.round.count(),
    staff: await prisma.staffAccount.count(),
    pharmacies: await prisma.pharmacy.count(),
  };
}

describe("db:seed", () => {
  let first: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(databaseUrl(), { local: true, today: TODAY, log: quiet });
    first = await snapshot();
  }, 120_000);

  it("creates the four chains and a few hundred stores spread over all 22 counties", async () => {
    expect((await prisma.chain.findMany({ orderBy: { id: "asc" } })).map((c) => c.id)).toEqual(["7-ELEVEN", "FAMILYMART", "HILIFE", "OKMART"]);
    expect(first.stores).toHaveLength(SEED_STORE_COUNT);
    const counties = await prisma.store.groupBy({ by: ["county"], _count: true });
    expect(counties).toHaveLength(22);
  });

  it("every store is served by a logistics centre of its own chain (O5)", async () => {
    const stores = await prisma.store.findMany({ select: { chainId: true, logisticsCentre: { select: { chainId: true } } } });
    expect(stores.every((s) => s.chainId === s.logisticsCentre.chainId)).toBe(true);
  });

  it("R1: seeds the 2020 round with its real calendar and a demo round whose ordering window holds today", async () => {
    const rounds = await prisma.round.findMany({ orderBy: { orderOpensAt: "asc" } });
    expect(rounds).toHaveLength(2);
    const [r2020, demo] = rounds.map((r) => ({
      opensAt: r.orderOpensAt.toISOString(),
      orderOpensOn: r.orderOpensAt.toISOString().slice(0, 10),
      orderClosesOn: dayFromDb(r.orderClosesOn),
      resultsOn: dayFromDb(r.resultsOn),
      paymentDeadline: dayFromDb(r.paymentDeadline),
      pickupStart: dayFromDb(r.pickupStart),
      pickupEnd: dayFromDb(r.pickupEnd),
      total: r.masksPerOrder * r.unitPrice + r.fee,
    }));
    expect(r2020).toEqual({
      opensAt: "2020-03-12T01:00:00.000Z", // 09:00 Asia/Taipei
      orderOpensOn: "2020-03-12",
      orderClosesOn: "2020-03-18",
      resultsOn: "2020-03-19",
      paymentDeadline: "2020-03-25",
      pickupStart: "2020-03-26",
      pickupEnd: "2020-04-01",
      total: 22,
    });
    expect(demo!.orderOpensOn <= TODAY && TODAY <= demo!.orderClosesOn).toBe(true);
    expect(validateRoundCalendar(demo!)).toEqual([]);
  });

  it("gives every store a supply in each round, with some stores short so a draw is needed (R2)", async () => {
    expect(first.supplies._count).toBe(2 * SEED_STORE_COUNT);
    expect(await prisma.storeSupply.count({ where: { packs: 1 } })).toBeGreaterThan(0);
  });

  it("I2: demo people cover nationals, both resident forms and a child, all with valid ID numbers and NHI cards", async () => {
    const people = await prisma.person.findMany({ include: { nhiCards: true } });
    expect(people).toHaveLength(DEMO_PEOPLE.length);
    const kinds = new Set(people.map((p) => p.idKind));
    expect(kinds).toEqual(new Set(["NATIONAL", "RESIDENT", "RESIDENT_LEGACY"]));
    for (const p of people) {
      expect(checkIdNumber(p.idNumber).ok, p.idNumber).toBe(true);
      expect(p.nhiCards).toHaveLength(1);
    }
    const children = people.filter((p) => !isAdult(dayFromDb(p.birthDate), TODAY, 12));
    expect(children.map((c) => c.name)).toEqual(["張小華"]);
  });

  it("seeds one staff account per role, passwords hashed", async () => {
    const staff = await prisma.staffAccount.findMany({ select: { role: true, passwordHash: true, storeId: true } });
    expect(new Set(staff.map((s) => s.role))).toEqual(new Set(["ADMIN", "COUNTER", "CLERK", "AUDITOR"]));
    expect(staff.every((s) => s.passwordHash.startsWith("scrypt$"))).toBe(true);
  });

  it("is re-runnable and deterministic: a second run leaves the same data", async () => {
    await seedDatabase(databaseUrl(), { local: true, today: TODAY, log: quiet });
    expect(await snapshot()).toEqual(first);
  }, 120_000);
});

describe("issue 7 item 3: db:seed outside local use", () => {
  it("issue 7 item 3: `npm run db:seed` with NODE_ENV=production creates the chains only: no demo staff, pharmacy keys, people, stores or rounds", async () => {
    await resetDatabase();
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl() };
    delete childEnv.EMASK_DEPLOYMENT;
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db/seed-cli.ts"], { env: childEnv, encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).toContain("deployment: reference data only");
    expect(run.status).toBe(0);
    expect(await prisma.chain.count()).toBe(4);
    expect(await prisma.logisticsCentre.count()).toBeGreaterThan(0);
    expect(await prisma.staffAccount.count()).toBe(0);
    expect(await prisma.pharmacy.count()).toBe(0);
    expect(await prisma.person.count()).toBe(0);
    expect(await prisma.nhiCard.count()).toBe(0);
    expect(await prisma.store.count()).toBe(0);
    expect(await prisma.round.count()).toBe(0);
  }, 120_000);
});
