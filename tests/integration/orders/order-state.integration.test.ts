import { beforeAll, describe, expect, it } from "vitest";
import { Prisma, type OrderStatus } from "@/lib/generated/prisma/client";
import { DRAW_DECISION, isSelectedSql, orderStatus, statusIn, statusSql } from "@/lib/orders/order-state";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";

// D173: an order's status is its stored status, except that a PLACED order with a draw entry is
// what the entry says. The rule has three forms (TypeScript, Prisma where, SQL); they must agree
// on every kind of row, or a page, a count and a job would each see a different order.
const prisma = testDb();

// [stored status, draw entry: none / selected / not selected] → the status every reader must see
const CASES: [OrderStatus, "none" | "won" | "lost", OrderStatus][] = [
  ["PLACED", "none", "PLACED"], // waiting for the draw
  ["PLACED", "won", "SELECTED"],
  ["PLACED", "lost", "NOT_SELECTED"],
  ["SELECTED", "none", "SELECTED"], // drawn before D173
  ["NOT_SELECTED", "none", "NOT_SELECTED"],
  ["PAID", "won", "PAID"], // what happened after the draw is stored and wins
  ["LAPSED", "won", "LAPSED"],
  ["PICKED_UP", "won", "PICKED_UP"],
  ["FORFEITED", "won", "FORFEITED"],
];

describe("D173: one order status, three forms", () => {
  const ids: string[] = [];
  beforeAll(async () => {
    await resetDatabase();
    const round = await upsertRound(prisma, ROUND_2020);
    const store = await createStore(prisma, 1);
    const draw = await prisma.draw.create({ data: { roundId: round.id, storeId: store.id, supply: 1, demand: CASES.length } });
    for (const [i, [status, entry]] of CASES.entries()) {
      const person = await upsertPerson(prisma, buildPerson(i + 1));
      const order = await prisma.order.create({ data: { personId: person.id, roundId: round.id, storeId: store.id, channel: "WEB", status, masks: 3, unitPrice: 5, fee: 7, total: 22 } });
      if (entry !== "none") {
        await prisma.drawEntry.create({ data: { orderId: order.id, drawId: draw.id, ticket: "a".repeat(64), rank: i + 1, selected: entry === "won" } });
      }
      ids.push(order.id);
    }
  });

  it("orderStatus (TypeScript) reads each case as expected", async () => {
    const rows = await prisma.order.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, ...DRAW_DECISION } });
    for (const [i, [, , expected]] of CASES.entries()) {
      const row = rows.find((r) => r.id === ids[i])!;
      expect([i, orderStatus(row.status, row.drawEntry)]).toEqual([i, expected]);
    }
  });

  it("statusIn (Prisma) finds exactly the orders of each status, alone and in combination", async () => {
    const statuses = [...new Set(CASES.map(([, , s]) => s))];
    for (const status of statuses) {
      const found = (await prisma.order.findMany({ where: statusIn(status), select: { id: true } })).map((o) => o.id).sort();
      expect([status, found]).toEqual([status, ids.filter((_, i) => CASES[i]![2] === status).sort()]);
    }
    const live = (await prisma.order.findMany({ where: statusIn("PLACED", "SELECTED", "PAID"), select: { id: true } })).map((o) => o.id).sort();
    expect(live).toEqual(ids.filter((_, i) => ["PLACED", "SELECTED", "PAID"].includes(CASES[i]![2])).sort());
  });

  it("statusSql and isSelectedSql (SQL) agree with it row by row", async () => {
    const rows = await prisma.$queryRaw<{ id: string; status: string; selected: boolean }[]>`
      SELECT o.id::text, ${statusSql()} AS status, ${Prisma.raw(isSelectedSql("o"))} AS selected
      FROM orders o LEFT JOIN draw_entries e ON e.order_id = o.id`;
    for (const [i, [, , expected]] of CASES.entries()) {
      const row = rows.find((r) => r.id === ids[i])!;
      expect([i, row.status, row.selected]).toEqual([i, expected, expected === "SELECTED"]);
    }
  });

  it("least data: a person's own orders carry the payment code only once selected, and the draw's decision in their history", async () => {
    for (const [i, [, entry, expected]] of CASES.entries()) {
      const order = await prisma.order.findUniqueOrThrow({ where: { id: ids[i]! }, select: { personId: true, paymentCode: true } });
      expect(order.paymentCode).toMatch(/^\d{14}$/); // given at placement (D173) …
      const [mine] = await listMyOrders(order.personId);
      expect([i, mine!.status]).toEqual([i, expected]);
      // … but not shown before the draw, nor to someone it did not select.
      expect([i, mine!.paymentCode]).toEqual([i, expected === "PLACED" || expected === "NOT_SELECTED" ? null : order.paymentCode]);
      const decided = mine!.history.filter((h) => h.toStatus === "SELECTED" || h.toStatus === "NOT_SELECTED").map((h) => h.toStatus);
      expect([i, decided]).toEqual([i, entry === "none" ? [] : [entry === "won" ? "SELECTED" : "NOT_SELECTED"]]);
    }
  });
});
