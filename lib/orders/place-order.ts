import type pg from "pg";
import { hotPool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { uuidv7 } from "@/lib/db/ids";
import { now } from "@/lib/clock";
import { adultIfBornBy, orderingOpen, orderPrice, orderRefusal, dayInTaipei, type Day } from "@/lib/rules";
import type { Channel, OrderStatus } from "@/lib/generated/prisma/client";
import type { CitizenPrincipal } from "@/lib/auth/session";
import { orderErrors } from "./errors";
import { rememberRound, roundFacts } from "./round-facts";

export type PlaceOrderInput = { roundId: string; storeId: string; idempotencyKey: string | null };

export type PlacedOrder = {
  id: string; roundId: string; storeId: string; channel: Channel; status: OrderStatus;
  masks: number; unitPrice: number; fee: number; total: number; idempotencyKey: string | null; createdAt: Date;
};
const ORDER_COLUMNS = `id::text AS "id", round_id::text AS "roundId", store_id::text AS "storeId", channel::text AS "channel",
  status::text AS "status", masks, unit_price AS "unitPrice", fee, total, idempotency_key AS "idempotencyKey", created_at AS "createdAt"`;

/**
 * The order and its PLACED event in one statement; with a `guard` (a query over $1–$4 and $14 on),
 * only when the guard finds a row. ON CONFLICT DO NOTHING: losing the race for (person, round) or
 * (person, key), or a payment-code clash, inserts nothing, and the event only follows an order that was.
 */
function insertOrderSql(guard?: string): string {
  return `WITH ${guard ? `ok AS (${guard}), ` : ""}ins AS (
      INSERT INTO orders (id, person_id, round_id, store_id, channel, masks, unit_price, fee, total, idempotency_key, updated_at)
      SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::"Channel", $6, $7, $8, $9, $10, now()${guard ? " FROM ok" : ""}
      ON CONFLICT DO NOTHING
      RETURNING *
    ), ev AS (
      INSERT INTO order_status_events (id, order_id, to_status, actor, reason, at)
      SELECT $11::uuid, id, 'PLACED', $12, $13, now() FROM ins
    )
    SELECT ${ORDER_COLUMNS} FROM ins`;
}
const INSERT_ORDER = insertOrderSql();
/** D176: the round's facts as read ($14–$17), the R1 bound on the birth date ($18), the store's supply. */
const INSERT_IF_KNOWN_ROUND = insertOrderSql(`
  SELECT 1 FROM rounds r, people p, stores st, store_supplies s
  WHERE r.id = $3::uuid AND r.order_opens_at = $14 AND r.order_closes_on = $15::date AND r.adult_age = $16
    AND r.masks_per_order = $6 AND r.unit_price = $7 AND r.fee = $17
    AND p.id = $2::uuid AND p.birth_date <= $18::date
    AND st.id = $4::uuid AND st.active AND s.round_id = $3::uuid AND s.store_id = $4::uuid AND s.packs > 0`);

/** $1–$13 of insertOrderSql: the order (price copied onto it, O4) and its first history event. */
function insertValues(who: CitizenPrincipal, input: PlaceOrderInput, masks: number, unitPrice: number, price: { fee: number; total: number }): unknown[] {
  return [uuidv7(), who.personId, input.roundId, input.storeId, who.channel, masks, unitPrice, price.fee, price.total,
    input.idempotencyKey, uuidv7(), `person:${who.personId}`, `channel ${who.channel}`];
}

type Facts = {
  orderOpensAt: Date | null; orderClosesOn: Day | null; adultAge: number | null; masksPerOrder: number | null; unitPrice: number | null; fee: number | null;
  birthDate: Day | null; packs: number | null; storeActive: boolean | null; replayId: string | null;
};

/**
 * O1, O3, O4, O5, R1: place a verified adult's pre-order for a store in an open round.
 *
 * At 09:00 on opening day every round trip counts, so this is two statements: one reads every fact
 * the rules need (round, person's birth date, store and its supply, and a replay of the same
 * idempotency key), the other inserts the order and its first history event together (one
 * statement is atomic; no interactive transaction). One order per person per round is the
 * database's unique key: a double click, a retry with the same key, or two concurrent submits all
 * end with one order, returned to each caller that carried its key. The price is copied onto the
 * order (O4) so a later change cannot reprice it.
 */
export async function placeOrder(who: CitizenPrincipal, input: PlaceOrderInput): Promise<{ order: PlacedOrder; created: boolean }> {
  // One connection for both statements: with 200 requests queued for 10 connections, taking it
  // twice meant queueing twice, doubling the wait at the peak (p99 at 200 connections).
  const db = await hotPool().connect();
  let broken: unknown;
  try {
    return await placeOrderOn(db, who, input);
  } catch (e) {
    if (!(e instanceof AppError)) broken = e; // a refusal leaves the connection sound; anything else may not
    throw e;
  } finally {
    db.release(broken instanceof Error ? broken : undefined);
  }
}

async function placeOrderOn(db: pg.PoolClient, who: CitizenPrincipal, input: PlaceOrderInput): Promise<{ order: PlacedOrder; created: boolean }> {
  const placed = await placeOnKnownRound(db, who, input);
  if (placed) return { order: placed, created: true };
  return placeOrderReadingFacts(db, who, input);
}

/**
 * D176, the common case in one round trip: the round's facts as last read (./round-facts), the
 * rules applied to them here (O1's window; R1's age as a latest birth date, adultIfBornBy), and one statement that
 * inserts the order and its event only if the database still holds exactly those round facts, the
 * person was born by that date, and the store is active with supply (the same conditions the full
 * path refuses on). Null when it inserted nothing — an unknown or changed round, a refusal, an order
 * already there or a replayed key, a payment-code clash — and the full path then decides and
 * answers, reading every fact afresh.
 */
export async function placeOnKnownRound(db: pg.PoolClient, who: CitizenPrincipal, input: PlaceOrderInput): Promise<PlacedOrder | null> {
  const round = await roundFacts(db, input.roundId);
  const at = now();
  if (!round || !orderingOpen(round.orderOpensAt, round.orderClosesOn, at)) return null;
  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  const { rows: [created] } = await db.query<PlacedOrder>({
    name: "order-known-round",
    text: INSERT_IF_KNOWN_ROUND,
    values: [...insertValues(who, input, round.masksPerOrder, round.unitPrice, price),
      round.orderOpensAt, round.orderClosesOn, round.adultAge, round.fee, adultIfBornBy(dayInTaipei(at), round.adultAge)],
  });
  return created ?? null;
}

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
    const { rows: [created] } = await db.query<PlacedOrder>({
      name: "order-insert",
      text: INSERT_ORDER,
      values: insertValues(who, input, facts.masksPerOrder!, facts.unitPrice!, price),
    });
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
