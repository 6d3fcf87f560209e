import type pg from "pg";
import { hotPool } from "@/lib/db/client";
import { groupCommit } from "@/lib/db/group-commit";
import { AppError } from "@/lib/errors";
import { uuidv7 } from "@/lib/db/ids";
import { now } from "@/lib/clock";
import { adultIfBornBy, orderingOpen, orderPrice, orderRefusal, dayInTaipei, type Day } from "@/lib/rules";
import type { CitizenPrincipal } from "@/lib/auth/session";
import { orderErrors } from "./errors";
import { insertOrders, ORDER_COLUMNS, type OrderRow, type PlacedOrder, type RoundGuard } from "./insert-orders";
import { rememberRound, roundFacts } from "./round-facts";

export type { PlacedOrder } from "./insert-orders";
export type PlaceOrderInput = { roundId: string; storeId: string; idempotencyKey: string | null };

/** The order row (price copied onto it, O4) and its first history event. */
function orderRow(who: CitizenPrincipal, input: PlaceOrderInput, masks: number, unitPrice: number, price: { fee: number; total: number }): OrderRow {
  return {
    id: uuidv7(), personId: who.personId, roundId: input.roundId, storeId: input.storeId, channel: who.channel,
    masks, unitPrice, fee: price.fee, total: price.total, idempotencyKey: input.idempotencyKey,
    eventId: uuidv7(), actor: `person:${who.personId}`, reason: `channel ${who.channel}`,
  };
}

type Facts = {
  orderOpensAt: Date | null; orderClosesOn: Day | null; adultAge: number | null; masksPerOrder: number | null; unitPrice: number | null; fee: number | null;
  birthDate: Day | null; packs: number | null; storeActive: boolean | null; replayId: string | null;
};

/**
 * O1, O3, O4, O5, R1: place a verified adult's pre-order for a store in an open round.
 *
 * At 09:00 on opening day every round trip counts. An order in a round this process has read goes
 * in one statement that checks the facts as it inserts, shared with the orders arriving beside it
 * (placeOnKnownRound, D176, D179). Any other — the round not read yet or changed, a refusal, a
 * retry — takes two: one reads every fact the rules need (round, person's birth date, store and
 * its supply, and a replay of the same idempotency key), the other inserts the order and its first
 * history event together (one statement is atomic; no interactive transaction). One order per
 * person per round is the database's unique key: a double click, a retry with the same key, or two
 * concurrent submits all end with one order, returned to each caller that carried its key. The
 * price is copied onto the order (O4) so a later change cannot reprice it.
 */
export async function placeOrder(who: CitizenPrincipal, input: PlaceOrderInput): Promise<{ order: PlacedOrder; created: boolean }> {
  const placed = await placeOnKnownRound(who, input);
  if (placed) return { order: placed, created: true };
  const db = await hotPool().connect();
  let broken: unknown;
  try {
    return await placeOrderReadingFacts(db, who, input);
  } catch (e) {
    if (!(e instanceof AppError)) broken = e; // a refusal leaves the connection sound; anything else may not
    throw e;
  } finally {
    db.release(broken instanceof Error ? broken : undefined);
  }
}

/**
 * D176, the common case in one round trip: the round's facts as last read (./round-facts), the
 * rules applied to them here (O1's window; R1's age as a latest birth date, adultIfBornBy), and one
 * statement that inserts the order and its event only if the database still holds exactly those
 * round facts, the person was born by that date, and the store is active with supply (the same
 * conditions the full path refuses on). Null when it inserted nothing — an unknown or changed
 * round, a refusal, an order already there or a replayed key, a payment-code clash — and the full
 * path then decides and answers, reading every fact afresh. D179: the orders that arrive together
 * share that statement (group commit).
 */
export async function placeOnKnownRound(who: CitizenPrincipal, input: PlaceOrderInput): Promise<PlacedOrder | null> {
  const round = await roundFacts(input.roundId);
  const at = now();
  if (!round || !orderingOpen(round.orderOpensAt, round.orderClosesOn, at)) return null;
  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  return placeTogether({
    row: orderRow(who, input, round.masksPerOrder, round.unitPrice, price),
    guard: { orderOpensAt: round.orderOpensAt, orderClosesOn: round.orderClosesOn, adultAge: round.adultAge, bornBy: adultIfBornBy(dayInTaipei(at), round.adultAge) },
  });
}

/**
 * D179: known-round orders that arrive while the database is busy go in one statement, up to 64 at
 * a time, on at most three of the order pool's four connections (the fourth stays free for the
 * full path). A batch that fails inserted nothing (one statement is atomic): each of its orders
 * then goes the full path alone, which answers it.
 */
const placeTogether = groupCommit<{ row: OrderRow; guard: RoundGuard }, PlacedOrder | null>({
  concurrency: 3,
  maxBatch: 64,
  run: async (batch) => {
    const db = await hotPool().connect();
    try {
      const placed = await insertOrders(db, batch.map((b) => b.row), batch.map((b) => b.guard));
      db.release();
      return placed;
    } catch (e) {
      db.release(e instanceof Error ? e : new Error(String(e)));
      return batch.map(() => null);
    }
  },
});

/** O1, O3–O5 reading every fact: every order the known-round statement did not place. */
async function placeOrderReadingFacts(db: pg.PoolClient, who: CitizenPrincipal, input: PlaceOrderInput): Promise<{ order: PlacedOrder; created: boolean }> {
  // Named statements: PostgreSQL plans each once per connection, not once per order. Days come as
  // text ('YYYY-MM-DD') so no time zone can shift them.
  const { rows: [facts] } = await db.query<Facts>({
    name: "order-facts",
    text: `SELECT r.order_opens_at AS "orderOpensAt", r.order_closes_on::text AS "orderClosesOn", r.adult_age AS "adultAge",
             r.masks_per_order AS "masksPerOrder", r.unit_price AS "unitPrice", r.fee,
             p.birth_date::text AS "birthDate", s.packs, st.active AS "storeActive", o.id::text AS "replayId"
      FROM (SELECT 1) one
      LEFT JOIN rounds r ON r.id = $1::uuid
      LEFT JOIN people p ON p.id = $2::uuid
      LEFT JOIN stores st ON st.id = $3::uuid
      LEFT JOIN store_supplies s ON s.round_id = $1::uuid AND s.store_id = $3::uuid
      LEFT JOIN orders o ON $4::text IS NOT NULL AND o.person_id = $2::uuid AND o.idempotency_key = $4`,
    values: [input.roundId, who.personId, input.storeId, input.idempotencyKey],
  });
  if (facts?.replayId) {
    const replayed = await orderOf(db, who.personId, { id: facts.replayId });
    if (replayed) return { order: replayed, created: false };
  }
  if (!facts?.orderOpensAt || !facts.orderClosesOn || facts.adultAge === null) throw orderErrors.roundNotFound();
  rememberRound(input.roundId, {
    orderOpensAt: facts.orderOpensAt, orderClosesOn: facts.orderClosesOn, adultAge: facts.adultAge,
    masksPerOrder: facts.masksPerOrder!, unitPrice: facts.unitPrice!, fee: facts.fee!,
  });
  if (!facts.birthDate) throw orderErrors.personNotFound();
  const refusal = orderRefusal(
    { orderOpensAt: facts.orderOpensAt, orderClosesOn: facts.orderClosesOn, adultAge: facts.adultAge },
    { birthDate: facts.birthDate },
    now(),
  );
  if (refusal === "WINDOW_NOT_OPEN") throw orderErrors.windowNotOpen(dayInTaipei(facts.orderOpensAt));
  if (refusal === "WINDOW_CLOSED") throw orderErrors.windowClosed(facts.orderClosesOn);
  if (refusal === "NOT_ADULT") throw orderErrors.notAdult(facts.adultAge);
  if (!facts.storeActive) throw orderErrors.unknownStore();
  if (!facts.packs) throw orderErrors.supplyZero();

  const price = orderPrice(facts.masksPerOrder!, facts.unitPrice!, facts.fee!);
  // The payment code the database gives the order (D173) is unique: on the rare clash (10^14 codes)
  // nothing is inserted and no other order of the person's is found — then insert again, with a fresh code.
  for (let attempt = 1; ; attempt++) {
    const [created] = await insertOrders(db, [orderRow(who, input, facts.masksPerOrder!, facts.unitPrice!, price)]);
    if (created) return { order: created, created: true };
    // Lost a race (or ordered before): the order that won is the person's order in this round.
    const existing = await orderOf(db, who.personId, { roundId: input.roundId });
    if (!existing) {
      if (attempt < 3) continue;
      throw new Error("three payment-code clashes in a row: the code generator is broken");
    }
    if (input.idempotencyKey && existing.idempotencyKey === input.idempotencyKey) return { order: existing, created: false };
    throw orderErrors.alreadyOrdered(existing.id);
  }
}

async function orderOf(db: pg.PoolClient, personId: string, by: { id: string } | { roundId: string }): Promise<PlacedOrder | undefined> {
  const { rows: [order] } = "id" in by
    ? await db.query<PlacedOrder>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1::uuid AND person_id = $2::uuid`, [by.id, personId])
    : await db.query<PlacedOrder>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE round_id = $1::uuid AND person_id = $2::uuid`, [by.roundId, personId]);
  return order;
}
