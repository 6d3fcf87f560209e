import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchRows, ordersByChannelAndMethod, ordersPerDay, roundCounts, searchOrders, storeOrders } from "@/lib/console/batch-queries";
import { funnel } from "@/lib/console/figures";
import { searchAudit } from "@/lib/console/audit-search";
import { openSupplyDemand } from "@/lib/open-data/supply-demand";
import { setClock } from "@/lib/clock";
import { dayToDb } from "@/lib/db/days";
import { audit } from "@/lib/audit";
import { createStore, ROUND_2020, syntheticIdNumber, upsertRound } from "@/lib/seed/factories";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { resetDatabase, testDb } from "../helpers/db";

// Issue 10 items 3, 6, 8 against a real PostgreSQL: the aggregate SQL must count exactly what is there.
const prisma = testDb();
let roundId: string;
let stores: { id: string }[];
let n = 0;
const orderIds: Record<string, string> = {};

async function order(store: { id: string }, status: OrderStatus, opts: { channel?: "WEB" | "APP"; method?: "NHI_CARD" | "CITIZEN_CERT" | "PHONE"; at?: string; code?: string; tag?: string } = {}) {
  n++;
  const person = await prisma.person.create({ data: { idNumber: syntheticIdNumber(n), idKind: "NATIONAL", name: `王小${n}明`, birthDate: dayToDb("1980-01-01") } });
  if (opts.method) await prisma.credential.create({ data: { personId: person.id, method: opts.method, status: "ACTIVE", externalRef: `ref-${n}`, verifiedAt: new Date("2020-03-01T00:00:00Z"), createdAt: new Date("2020-03-01T00:00:00Z") } });
  const o = await prisma.order.create({
    data: { personId: person.id, roundId, storeId: store.id, channel: opts.channel ?? "WEB", status, masks: 3, unitPrice: 5, fee: 7, total: 22, paymentCode: opts.code ?? null, createdAt: new Date(opts.at ?? "2020-03-12T02:00:00Z") },
  });
  if (opts.tag) orderIds[opts.tag] = o.id;
  return o;
}

beforeAll(async () => {
  await resetDatabase();
  roundId = (await upsertRound(prisma, ROUND_2020)).id;
  stores = [await createStore(prisma, 1), await createStore(prisma, 2), await createStore(prisma, 3, "FAMILYMART")];
  await prisma.store.update({ where: { id: stores[1]!.id }, data: { county: "新北市", town: "板橋區" } });
  await prisma.storeSupply.createMany({ data: [{ roundId, storeId: stores[0]!.id, packs: 2 }, { roundId, storeId: stores[1]!.id, packs: 5 }, { roundId, storeId: stores[2]!.id, packs: 1 }] });
  const [a, b, c] = stores as [{ id: string }, { id: string }, { id: string }];
  await order(a, "PAID", { method: "NHI_CARD", code: "11112222333344", tag: "paid" });
  await order(a, "PICKED_UP", { method: "CITIZEN_CERT" });
  await order(a, "NOT_SELECTED", { channel: "APP", method: "PHONE", at: "2020-03-12T16:30:00Z" }); // 3/13 00:30 in Taipei
  await order(b, "SELECTED", { channel: "APP", method: "PHONE", at: "2020-03-13T03:00:00Z" });
  await order(b, "LAPSED", { at: "2020-03-14T03:00:00Z" }); // web, no credential on record → UNKNOWN
  await order(c, "FORFEITED", { method: "NHI_CARD", tag: "forfeited" });
  await order(c, "PLACED", { method: "NHI_CARD" });
});
afterAll(() => setClock(null));

describe("issue 10 item 3: order batches from aggregate SQL", () => {
  it("issue 10 item 3: counts by status per chain, with supply summed", async () => {
    const { rows, groups } = await batchRows(roundId, "chain", {});
    expect(groups).toBe(2);
    const seven = rows.find((r) => r.key === "7-ELEVEN")!;
    expect(seven.supply).toBe(7);
    expect(seven.counts).toEqual({ PLACED: 0, SELECTED: 1, NOT_SELECTED: 1, PAID: 1, LAPSED: 1, PICKED_UP: 1, FORFEITED: 0 });
    expect(rows.find((r) => r.key === "FAMILYMART")!.counts).toMatchObject({ PLACED: 1, FORFEITED: 1 });
  });

  it("issue 10 item 3: per logistics centre, county, town and store, and filtered for a drill-down", async () => {
    expect((await batchRows(roundId, "centre", {})).groups).toBe(2); // one test centre per chain
    const counties = (await batchRows(roundId, "county", {})).rows.map((r) => [r.key, r.supply]);
    expect(counties).toEqual([["新北市", 5], ["臺北市", 3]]);
    const towns = (await batchRows(roundId, "town", { county: "新北市" })).rows;
    expect(towns.map((r) => [r.key, r.counts.SELECTED, r.counts.LAPSED])).toEqual([["新北市/板橋區", 1, 1]]);
    const storesOfChain = (await batchRows(roundId, "store", { chain: "7-ELEVEN" })).rows;
    expect(storesOfChain.map((r) => r.key).sort()).toEqual([stores[0]!.id, stores[1]!.id].sort());
    expect(storesOfChain.find((r) => r.key === stores[0]!.id)!.counts).toMatchObject({ PAID: 1, PICKED_UP: 1, NOT_SELECTED: 1 });
  });

  it("issue 10 item 3: the round's counts give the funnel ordered → drawn → paid → collected", async () => {
    expect(funnel(await roundCounts(roundId))).toEqual({ ordered: 7, drawn: 5, paid: 3, collected: 1 });
  });

  it("issue 10 item 3: orders per Taipei calendar day (16:30 UTC counts for the next day)", async () => {
    expect(await ordersPerDay(roundId)).toEqual([{ day: "2020-03-12", n: 4 }, { day: "2020-03-13", n: 2 }, { day: "2020-03-14", n: 1 }]);
  });

  it("issue 10 item 3: orders by channel and verification method (D143)", async () => {
    expect(await ordersByChannelAndMethod(roundId)).toEqual([
      { channel: "APP", method: "PHONE", n: 2 },
      { channel: "WEB", method: "CITIZEN_CERT", n: 1 },
      { channel: "WEB", method: "NHI_CARD", n: 3 },
      { channel: "WEB", method: "UNKNOWN", n: 1 },
    ]);
  });

  it("issue 10 item 3: a store's orders, personal data masked (D144)", async () => {
    const { store, orders, total } = await storeOrders(roundId, stores[0]!.id);
    expect(store?.id).toBe(stores[0]!.id);
    expect(total).toBe(3);
    for (const o of orders) {
      expect(o.person).toMatch(/^王○+明$/);
      expect(o.idNumber).toMatch(/^A\*+\d{3}$/);
    }
    expect(JSON.stringify(orders)).not.toContain(syntheticIdNumber(1));
  });

  it("issue 10 item 3: search by payment code or order number, nothing for anything else", async () => {
    expect((await searchOrders(roundId, "11112222333344")).map((o) => o.id)).toEqual([orderIds.paid]);
    expect((await searchOrders(roundId, orderIds.forfeited!.toUpperCase())).map((o) => o.status)).toEqual(["FORFEITED"]);
    expect(await searchOrders(roundId, "' OR 1=1 --")).toEqual([]);
    expect(await searchOrders(roundId, "99998888777766")).toEqual([]);
  });
});

describe("issue 10 item 6: the audit log, searchable", () => {
  it("issue 10 item 6: by actor, action prefix, subject and time range", async () => {
    const staff = await prisma.staffAccount.create({ data: { username: "audit-admin", displayName: "A", role: "ADMIN", passwordHash: "x" } });
    await audit(prisma, { actorStaffId: staff.id, actorKind: "staff", action: "console.draw.start", targetType: "round", targetId: roundId });
    await audit(prisma, { actorKind: "system", action: "jobs.run", details: { sent: 1 } });
    await prisma.auditLog.create({ data: { actorKind: "system", action: "old.thing", at: new Date("2020-01-01T00:00:00Z") } });
    expect((await searchAudit({ actor: "audit-admin" })).rows.map((r) => r.action)).toEqual(["console.draw.start"]);
    expect((await searchAudit({ actor: "system" })).total).toBe(2);
    expect((await searchAudit({ action: "console." })).total).toBe(1);
    expect((await searchAudit({ subject: roundId.slice(-8) })).rows.map((r) => r.targetId)).toEqual([roundId]);
    expect((await searchAudit({ subject: "round" })).total).toBe(1);
    expect((await searchAudit({ to: new Date("2020-02-01T00:00:00Z") })).rows.map((r) => r.action)).toEqual(["old.thing"]);
    expect((await searchAudit({ from: new Date("2020-02-01T00:00:00Z"), actor: "system" })).rows.map((r) => r.action)).toEqual(["jobs.run"]);
  });
});

describe("issue 10 item 8: open data", () => {
  it("issue 10 item 8: per-store supply and demand of the current round, no personal data", async () => {
    setClock(new Date("2020-03-13T02:00:00Z"));
    const data = (await openSupplyDemand())!;
    expect(data.round.id).toBe(roundId);
    expect(data.stores.map((s) => [s.code, s.supply, s.demand])).toEqual([["T000002", 5, 2], ["T000001", 2, 3], ["T000003", 1, 2]]);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/王小|A1\d{8}|personId|11112222333344/);
  });
});
