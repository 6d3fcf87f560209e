import { db } from "@/lib/db/client";
import { dayFromDb } from "@/lib/db/days";
import { now } from "@/lib/clock";
import { orderPrice, orderRefusal, dayInTaipei } from "@/lib/rules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CitizenPrincipal } from "@/lib/auth/session";
import { orderErrors } from "./errors";

export type PlaceOrderInput = { roundId: string; storeId: string; idempotencyKey: string | null };

const orderSelect = {
  id: true, roundId: true, storeId: true, channel: true, status: true, masks: true, unitPrice: true, fee: true, total: true,
  idempotencyKey: true, createdAt: true,
} as const;
export type PlacedOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/**
 * O1, O3, O4, O5, R1: place a verified adult's pre-order for a store in an open round.
 * One order per person per round is the database's unique key: a double click, a retry with the
 * same idempotency key, or two concurrent submits all end with one order, returned to each caller
 * that carried its key. The price is copied onto the order (O4) so a later change cannot reprice it.
 */
export async function placeOrder(who: CitizenPrincipal, input: PlaceOrderInput): Promise<{ order: PlacedOrder; created: boolean }> {
  const prisma = db();
  if (input.idempotencyKey) {
    const replay = await prisma.order.findUnique({
      where: { personId_idempotencyKey: { personId: who.personId, idempotencyKey: input.idempotencyKey } },
      select: orderSelect,
    });
    if (replay) return { order: replay, created: false };
  }
  // Three reads in parallel, then one insert: at 09:00 on opening day every round trip counts.
  const [round, person, supply] = await Promise.all([
    prisma.round.findUnique({ where: { id: input.roundId } }),
    prisma.person.findUnique({ where: { id: who.personId }, select: { birthDate: true } }),
    prisma.storeSupply.findUnique({
      where: { roundId_storeId: { roundId: input.roundId, storeId: input.storeId } },
      select: { packs: true, store: { select: { active: true } } },
    }),
  ]);
  if (!round) throw orderErrors.roundNotFound();
  if (!person) throw orderErrors.personNotFound();
  const refusal = orderRefusal(
    { orderOpensAt: round.orderOpensAt, orderClosesOn: dayFromDb(round.orderClosesOn), adultAge: round.adultAge },
    { birthDate: dayFromDb(person.birthDate) },
    now(),
  );
  if (refusal === "WINDOW_NOT_OPEN") throw orderErrors.windowNotOpen(dayInTaipei(round.orderOpensAt));
  if (refusal === "WINDOW_CLOSED") throw orderErrors.windowClosed(dayFromDb(round.orderClosesOn));
  if (refusal === "NOT_ADULT") throw orderErrors.notAdult(round.adultAge);
  if (!supply) {
    const exists = await prisma.store.count({ where: { id: input.storeId, active: true } });
    throw exists ? orderErrors.supplyZero() : orderErrors.unknownStore();
  }
  if (!supply.store.active) throw orderErrors.unknownStore();
  if (supply.packs === 0) throw orderErrors.supplyZero();

  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  try {
    // One INSERT with its first history event (a nested write is atomic): no interactive transaction.
    const order = await prisma.order.create({
      data: {
        personId: who.personId, roundId: round.id, storeId: input.storeId, channel: who.channel,
        masks: round.masksPerOrder, unitPrice: round.unitPrice, fee: price.fee, total: price.total,
        idempotencyKey: input.idempotencyKey,
        history: { create: { toStatus: "PLACED", actor: `person:${who.personId}`, reason: `channel ${who.channel}` } },
      },
      select: orderSelect,
    });
    return { order, created: true };
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
    // Lost a race (or ordered before): the order that won is the person's order in this round.
    const existing = await prisma.order.findUniqueOrThrow({
      where: { personId_roundId: { personId: who.personId, roundId: round.id } },
      select: orderSelect,
    });
    if (input.idempotencyKey && existing.idempotencyKey === input.idempotencyKey) return { order: existing, created: false };
    throw orderErrors.alreadyOrdered(existing.id);
  }
}
