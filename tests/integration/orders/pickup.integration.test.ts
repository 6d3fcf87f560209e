import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { handOver } from "@/lib/pickups/hand-over";
import { handOverInput } from "@/lib/pickups/schemas";
import { pickupCodeDigest, pickupCodeFor } from "@/lib/payments/pickup-code";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import type { StaffPrincipal } from "@/lib/auth/session";
import { resetDatabase, testDb } from "../helpers/db";

// R4, R5, S3: the hand-over at the store.
const prisma = testDb();
const taipei = (day: string) => new Date(`${day}T12:00:00+08:00`);

async function paidOrder() {
  const person = await upsertPerson(prisma, buildPerson(1));
  const store = await createStore(prisma, 1);
  const otherStore = await createStore(prisma, 2);
  const round = await upsertRound(prisma, ROUND_2020);
  const order = await prisma.order.create({ data: { personId: person.id, roundId: round.id, storeId: store.id, channel: "WEB", status: "PAID", masks: 3, unitPrice: 5, fee: 7, total: 22 } });
  await prisma.order.update({ where: { id: order.id }, data: { pickupCodeHash: pickupCodeDigest(pickupCodeFor(order.id)) } });
  const clerkAt = async (storeId: string, username: string): Promise<StaffPrincipal> => {
    const s = await prisma.staffAccount.create({ data: { username, displayName: username, role: "CLERK", storeId, passwordHash: "x" } });
    return { kind: "staff", staffId: s.id, role: "CLERK", storeId };
  };
  return { person, order, code: pickupCodeFor(order.id), clerk: await clerkAt(store.id, "clerk1"), otherClerk: await clerkAt(otherStore.id, "clerk2") };
}

const input = (over: Record<string, unknown>) => handOverInput.parse({ documentType: "ID_CARD", byProxy: false, ...over });

describe("pickup (R4)", () => {
  let s: Awaited<ReturnType<typeof paidOrder>>;
  beforeEach(async () => {
    await resetDatabase();
    s = await paidOrder();
    setClock(taipei("2020-03-27"));
  });
  afterAll(() => setClock(null));

  it("R4: with the code and the orderer's ID card, the order is handed over once, recorded and audited", async () => {
    const id = (await prisma.person.findUniqueOrThrow({ where: { id: s.person.id } })).idNumber;
    expect(await handOver(s.clerk, input({ pickupCode: s.code, documentNumber: id }))).toMatchObject({ orderId: s.order.id, purchaseDay: "2020-03-26" });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: s.order.id } })).status).toBe("PICKED_UP");
    expect(await prisma.pickup.findUniqueOrThrow({ where: { orderId: s.order.id } })).toMatchObject({ documentType: "ID_CARD", documentLast4: id.slice(-4), byProxy: false });
    const ledger = await prisma.ledgerEntry.findUniqueOrThrow({ where: { orderId: s.order.id } });
    expect(dayFromDb(ledger.effectiveDay)).toBe("2020-03-26"); // S2: whatever day it is picked up
    await expect(handOver(s.clerk, input({ pickupCode: s.code, documentNumber: id }))).rejects.toMatchObject({ code: "ALREADY_PICKED_UP" });
    expect((await prisma.auditLog.findMany()).map((a) => a.action).sort()).toEqual(["pickup.handed_over", "pickup.refused"]);
  });

  it("R4: a proxy brings the orderer's NHI card; someone else's document is refused", async () => {
    await expect(handOver(s.clerk, input({ pickupCode: s.code, documentType: "NHI_CARD", documentNumber: "999999999999" }))).rejects.toMatchObject({ code: "WRONG_DOCUMENT" });
    const card = (await prisma.nhiCard.findFirstOrThrow({ where: { personId: s.person.id } })).cardNumber;
    expect(await handOver(s.clerk, input({ pickupCode: s.code, documentType: "NHI_CARD", documentNumber: card, byProxy: "on" }))).toMatchObject({ byProxy: true });
  });

  it("R4: the wrong store and an unknown code are refused", async () => {
    const id = (await prisma.person.findUniqueOrThrow({ where: { id: s.person.id } })).idNumber;
    await expect(handOver(s.otherClerk, input({ pickupCode: s.code, documentNumber: id }))).rejects.toMatchObject({ code: "WRONG_STORE" });
    await expect(handOver(s.clerk, input({ pickupCode: "0000000000", documentNumber: id }))).rejects.toMatchObject({ code: "UNKNOWN_CODE" });
  });

  it("S3: after a pharmacy purchase on 3/22 the clerk refuses before 3/29, saying from when", async () => {
    const pharmacy = await prisma.pharmacy.create({ data: { code: "5900000001", name: "藥局", county: "臺北市", town: "信義區", address: "x" } });
    await prisma.ledgerEntry.create({ data: { personId: s.person.id, channel: "PHARMACY", pharmacyId: pharmacy.id, effectiveDay: dayToDb("2020-03-22") } });
    const id = (await prisma.person.findUniqueOrThrow({ where: { id: s.person.id } })).idNumber;
    await expect(handOver(s.clerk, input({ pickupCode: s.code, documentNumber: id }))).rejects.toMatchObject({ code: "TOO_EARLY", details: { from: "2020-03-29" } });
    setClock(taipei("2020-03-29"));
    expect(await handOver(s.clerk, input({ pickupCode: s.code, documentNumber: id }))).toMatchObject({ purchaseDay: "2020-03-29" });
  });

  it("R4/R5: before the window and after it the hand-over is refused", async () => {
    const id = (await prisma.person.findUniqueOrThrow({ where: { id: s.person.id } })).idNumber;
    setClock(taipei("2020-03-25"));
    await expect(handOver(s.clerk, input({ pickupCode: s.code, documentNumber: id }))).rejects.toMatchObject({ code: "TOO_EARLY", details: { from: "2020-03-26" } });
    setClock(taipei("2020-04-02"));
    await expect(handOver(s.clerk, input({ pickupCode: s.code, documentNumber: id }))).rejects.toMatchObject({ code: "TOO_LATE" });
  });

  it("R4: bad input is a validation error, not a lookup", () => {
    expect(handOverInput.safeParse({ pickupCode: "12345", documentType: "ID_CARD", documentNumber: "A123456789" }).success).toBe(false);
    expect(handOverInput.safeParse({ pickupCode: "12345 67890", documentType: "PASSPORT", documentNumber: "A123456789" }).success).toBe(false);
  });
});
