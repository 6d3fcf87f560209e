import { db } from "@/lib/db/client";
import { now, today } from "@/lib/clock";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { pickupCheck, pickupDocumentMatches } from "@/lib/rules";
import { audit } from "@/lib/audit";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { pickupCodeDigest } from "@/lib/payments/pickup-code";
import type { StaffPrincipal } from "@/lib/auth/session";
import { pickupErrors } from "./errors";
import type { HandOverInput } from "./schemas";

/**
 * R4, R5, S2–S5: a store clerk hands a paid order over, once. The code finds the order; the store
 * must be the clerk's; the day must be within the person's pickup days (S3 may have moved the
 * first one: the refusal says from when); the document shown must be the orderer's own (also for a
 * proxy). Everything — pickup row, status, ledger entry if not yet there, audit — in one transaction.
 */
export async function handOver(clerk: StaffPrincipal, input: HandOverInput) {
  await consumeRateLimit(`pickup:${clerk.staffId}`, { limit: 60, windowSeconds: 600 }); // codes are guessable
  return db().$transaction(async (tx) => {
    const found = await tx.order.findUnique({ where: { pickupCodeHash: pickupCodeDigest(input.pickupCode) }, select: { id: true } });
    // A refusal is audited outside the transaction (which the refusal rolls back), so it is kept.
    const refuse = async (error: ReturnType<(typeof pickupErrors)[keyof typeof pickupErrors]>) => {
      await audit(db(), { actorStaffId: clerk.staffId, actorKind: "staff", action: "pickup.refused", targetType: "order", targetId: found?.id, details: { code: error.code } });
      return error;
    };
    if (!found) throw await refuse(pickupErrors.unknownCode());
    await tx.$queryRaw`SELECT id FROM orders WHERE id = ${found.id}::uuid FOR UPDATE`;
    const order = await tx.order.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true, status: true, storeId: true, personId: true, ledgerEntry: { select: { id: true } },
        round: { select: { pickupStart: true, pickupEnd: true } },
        person: { select: { idNumber: true, nhiCards: { where: { status: "ACTIVE" }, select: { cardNumber: true } } } },
      },
    });
    if (order.storeId !== clerk.storeId) throw await refuse(pickupErrors.wrongStore());
    if (order.status === "PICKED_UP") throw await refuse(pickupErrors.alreadyPickedUp());
    if (order.status !== "PAID") throw await refuse(pickupErrors.notReady());
    const others = await tx.ledgerEntry.findMany({ where: { personId: order.personId, OR: [{ orderId: null }, { orderId: { not: order.id } }] }, select: { effectiveDay: true } });
    const check = pickupCheck(dayFromDb(order.round.pickupStart), dayFromDb(order.round.pickupEnd), others.map((o) => dayFromDb(o.effectiveDay)), today());
    if (!check.ok) throw await refuse(check.code === "TOO_EARLY" ? pickupErrors.tooEarly(check.from) : pickupErrors.tooLate(dayFromDb(order.round.pickupEnd)));
    const holder = { idNumber: order.person.idNumber, nhiCardNumbers: order.person.nhiCards.map((c) => c.cardNumber) };
    if (!pickupDocumentMatches(input.documentType, input.documentNumber, holder)) throw await refuse(pickupErrors.wrongDocument());

    await tx.pickup.create({
      data: { orderId: order.id, storeId: order.storeId, clerkId: clerk.staffId, documentType: input.documentType, documentLast4: input.documentNumber.slice(-4), byProxy: input.byProxy, pickedUpAt: now() },
    });
    await tx.order.update({ where: { id: order.id }, data: { status: "PICKED_UP" } });
    await tx.orderStatusEvent.create({ data: { orderId: order.id, fromStatus: "PAID", toStatus: "PICKED_UP", actor: `staff:${clerk.staffId}`, reason: input.byProxy ? "proxy" : null } });
    if (!order.ledgerEntry) {
      await tx.ledgerEntry.create({ data: { personId: order.personId, channel: "ONLINE", orderId: order.id, effectiveDay: dayToDb(check.purchaseDay) } });
    }
    await audit(tx, { actorStaffId: clerk.staffId, actorKind: "staff", action: "pickup.handed_over", targetType: "order", targetId: order.id, details: { documentType: input.documentType, byProxy: input.byProxy } });
    return { orderId: order.id, purchaseDay: check.purchaseDay, byProxy: input.byProxy };
  });
}
