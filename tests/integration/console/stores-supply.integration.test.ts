import { beforeEach, describe, expect, it } from "vitest";
import { importStores } from "@/lib/stores/import-stores";
import { oversubscribedStores, setStoreSupply, spreadChainSupply, supplyByChain } from "@/lib/stores/supply";
import { STORE_CSV_COLUMNS } from "@/lib/stores/store-csv";
import { today } from "@/lib/clock";
import { buildPerson, createStore, roundAround, upsertPerson, upsertRound } from "@/lib/seed/factories";
import type { StaffPrincipal } from "@/lib/auth/session";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const HEADER = STORE_CSV_COLUMNS.join(",");
const row = (code: string, chain = "OKMART", name = "OK信義店") => `${code},${chain},${name},OK Xinyi,臺北市,信義區,110,臺北市信義區松仁路${code.slice(-3)}號,north`;

async function setup() {
  for (const id of ["7-ELEVEN", "OKMART"]) await prisma.chain.create({ data: { id, nameZh: id, nameEn: id } });
  await prisma.logisticsCentre.create({ data: { chainId: "OKMART", name: "OK超商 北區物流中心（桃園蘆竹）", region: "north" } });
  await prisma.logisticsCentre.create({ data: { chainId: "7-ELEVEN", name: "7-ELEVEN 北區物流中心（桃園大園）", region: "north" } });
  const admin = await prisma.staffAccount.create({ data: { username: "admin", displayName: "A", role: "ADMIN", passwordHash: "x" }, select: { id: true } });
  const actor: StaffPrincipal = { kind: "staff", staffId: admin.id, role: "ADMIN", storeId: null };
  return { actor };
}

describe("issue 10 item 2: importing stores (real PostgreSQL)", () => {
  let actor: StaffPrincipal;
  beforeEach(async () => {
    await resetDatabase();
    ({ actor } = await setup());
  });

  it("issue 10 item 2: a file with one bad row imports nothing, and says which line", async () => {
    const csv = [HEADER, row("OK000001"), row("OK000002", "CIRCLEK"), row("OK000003")].join("\n");
    expect(await importStores(actor, csv)).toEqual({ ok: false, errors: [{ line: 3, column: "chain", code: "BAD_CHAIN" }] });
    expect(await prisma.store.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "stores.import" } })).toBe(0);
  });

  it("issue 10 item 2: a clean file of 5,000 stores is written at once, audited; importing again updates instead of duplicating", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(`OK${String(i).padStart(6, "0")}`));
    const started = performance.now();
    expect(await importStores(actor, [HEADER, ...rows].join("\n"))).toEqual({ ok: true, created: 5000, updated: 0 });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(10_000);
    expect(await prisma.store.count({ where: { chainId: "OKMART" } })).toBe(5000);
    const again = await importStores(actor, [HEADER, row("OK000000", "OKMART", "OK信義新店"), row("OK999999")].join("\n"));
    expect(again).toEqual({ ok: true, created: 1, updated: 1 });
    expect((await prisma.store.findUniqueOrThrow({ where: { code: "OK000000" } })).name).toBe("OK信義新店");
    expect(await prisma.store.count()).toBe(5001);
    const audits = await prisma.auditLog.findMany({ where: { action: "stores.import" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.details)).toEqual([{ rows: 5000, created: 5000, updated: 0 }, { rows: 2, created: 1, updated: 1 }]);
  });
});

describe("issue 10 item 2: supply (real PostgreSQL)", () => {
  let actor: StaffPrincipal;
  let roundId: string;
  beforeEach(async () => {
    await resetDatabase();
    ({ actor } = await setup());
    for (let n = 1; n <= 7; n++) await createStore(prisma, n, "7-ELEVEN");
    roundId = (await upsertRound(prisma, roundAround(today()))).id;
  });

  it("issue 10 item 2: a chain's allocation is spread over its active stores and adds up exactly", async () => {
    await prisma.store.update({ where: { code: "T000007" }, data: { active: false } });
    expect(await spreadChainSupply(actor, { roundId, chainId: "7-ELEVEN", packs: 100 })).toEqual({ stores: 6 });
    const packs = await prisma.storeSupply.findMany({ where: { roundId }, include: { store: { select: { code: true } } }, orderBy: { store: { code: "asc" } } });
    expect(packs.map((p) => [p.store.code, p.packs])).toEqual([["T000001", 17], ["T000002", 17], ["T000003", 17], ["T000004", 17], ["T000005", 16], ["T000006", 16]]);
    // Spreading again replaces, never adds.
    await spreadChainSupply(actor, { roundId, chainId: "7-ELEVEN", packs: 6 });
    expect((await prisma.storeSupply.aggregate({ where: { roundId }, _sum: { packs: true } }))._sum.packs).toBe(6);
    await expect(spreadChainSupply(actor, { roundId, chainId: "OKMART", packs: 6 })).rejects.toMatchObject({ code: "CHAIN_HAS_NO_STORES" });
  });

  it("issue 10 item 2 (R2): supply is frozen once ordering closed; unknown stores and rounds are refused", async () => {
    await setStoreSupply(actor, { roundId, storeCode: "T000001", packs: 2 });
    await expect(setStoreSupply(actor, { roundId, storeCode: "NOPE", packs: 2 })).rejects.toMatchObject({ code: "STORE_NOT_FOUND" });
    await expect(setStoreSupply(actor, { roundId: "0196f3a0-7c1e-7000-8000-000000000000", storeCode: "T000001", packs: 2 })).rejects.toMatchObject({ code: "ROUND_NOT_FOUND" });
    await prisma.round.update({ where: { id: roundId }, data: { closedAt: new Date() } });
    await expect(setStoreSupply(actor, { roundId, storeCode: "T000001", packs: 9 })).rejects.toMatchObject({ code: "SUPPLY_FROZEN" });
    await expect(spreadChainSupply(actor, { roundId, chainId: "7-ELEVEN", packs: 9 })).rejects.toMatchObject({ code: "SUPPLY_FROZEN" });
    expect((await prisma.storeSupply.findFirstOrThrow({ where: { roundId } })).packs).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: "supply.set" } })).toBe(1);
  });

  it("issue 10 item 2: during ordering, the stores where demand exceeds supply, worst first", async () => {
    await setStoreSupply(actor, { roundId, storeCode: "T000001", packs: 1 });
    await setStoreSupply(actor, { roundId, storeCode: "T000002", packs: 5 });
    const stores = await prisma.store.findMany({ orderBy: { code: "asc" }, select: { id: true } });
    // T000001: 3 orders for 1 pack; T000002: 2 for 5; T000003: 1 order, no supply at all.
    const at = [0, 0, 0, 1, 1, 2];
    for (let i = 0; i < at.length; i++) {
      const person = await upsertPerson(prisma, buildPerson(100 + i));
      await prisma.order.create({ data: { personId: person.id, roundId, storeId: stores[at[i]!]!.id, channel: "WEB", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
    }
    const over = await oversubscribedStores(roundId);
    expect(over.total).toBe(2);
    expect(over.stores.map((s) => [s.code, s.supply, s.demand])).toEqual([["T000001", 1, 3], ["T000003", 0, 1]]);
    expect(await supplyByChain(roundId)).toEqual([
      { chainId: "7-ELEVEN", stores: 7, supply: 6, demand: 6 },
      { chainId: "OKMART", stores: 0, supply: 0, demand: 0 },
    ]);
  });
});
