import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { onlinePurchaseDay } from "@/lib/rules";
import { dayFromDb, dayToDb } from "@/lib/db/days";

type Tx = Prisma.TransactionClient;

/** Move every order of a round from one status to another, with a history event each (R3, R5). */
export async function moveOrders(tx: Tx, roundId: string, from: OrderStatus, to: OrderStatus, actor: string): Promise<number> {
  const orders = await tx.order.findMany({ where: { roundId, status: from }, select: { id: true } });
  if (orders.length === 0) return 0;
  await tx.order.updateMany({ where: { id: { in: orders.map((o) => o.id) } }, data: { status: to } });
  await tx.orderStatusEvent.createMany({ data: orders.map((o) => ({ orderId: o.id, fromStatus: from, toStatus: to, actor })) });
  return orders.length;
}

/**
 * S2, S3, S5: on pickup day 1 every paid order enters the one ledger, on the first day it can be
 * picked up: pickup day 1, or later if another purchase (a pharmacy sale, or an online order of an
 * earlier round) lies within 7 days of it (onlinePurchaseDay treats every other purchase alike).
 */
export async function enterLedger(tx: Tx, round: { id: string; pickupStart: Date }): Promise<number> {
  const pickupStart = dayFromDb(round.pickupStart);
  const paid = await tx.order.findMany({ where: { roundId: round.id, status: "PAID", ledgerEntry: null }, select: { id: true, personId: true } });
  for (const o of paid) {
    const others = await tx.ledgerEntry.findMany({ where: { personId: o.personId }, select: { effectiveDay: true } });
    const day = onlinePurchaseDay(pickupStart, others.map((p) => dayFromDb(p.effectiveDay)));
    await tx.ledgerEntry.create({ data: { personId: o.personId, channel: "ONLINE", orderId: o.id, effectiveDay: dayToDb(day) } });
  }
  return paid.length;
}
