import { hotPool } from "@/lib/db/client";
import type { Day } from "@/lib/rules";

/**
 * D176: what each process remembers of the rounds it took orders for — the facts the order rules
 * need, as last read. Never trusted alone: the statement that places an order inserts only if the
 * database still holds exactly these facts (lib/orders/place-order.ts), and the full path, which
 * reads every fact afresh, refreshes them.
 */
export type RoundFacts = { orderOpensAt: Date; orderClosesOn: Day; adultAge: number; masksPerOrder: number; unitPrice: number; fee: number };
/** The round facts last read, per round (a handful of rounds a year; kept small all the same). */
const knownRounds = new Map<string, RoundFacts>();
export function rememberRound(roundId: string, facts: RoundFacts): void {
  if (knownRounds.size >= 64 && !knownRounds.has(roundId)) knownRounds.clear();
  knownRounds.set(roundId, facts);
}
/** Reads in flight: the opening wave of orders for a round this process has not read waits for one read, not one each. */
const readingRounds = new Map<string, Promise<RoundFacts | null>>();

/** The round's facts, as last read or read now; null for no such round (not remembered: ids are the client's claim). */
export async function roundFacts(roundId: string): Promise<RoundFacts | null> {
  const known = knownRounds.get(roundId);
  if (known) return known;
  let reading = readingRounds.get(roundId);
  if (!reading) {
    reading = readRound(roundId).catch(() => null).finally(() => readingRounds.delete(roundId)); // the full path reports any error
    readingRounds.set(roundId, reading);
  }
  return reading;
}

async function readRound(roundId: string): Promise<RoundFacts | null> {
  const { rows: [round] } = await hotPool().query<RoundFacts>({
    name: "order-round",
    text: `SELECT order_opens_at AS "orderOpensAt", order_closes_on::text AS "orderClosesOn", adult_age AS "adultAge",
             masks_per_order AS "masksPerOrder", unit_price AS "unitPrice", fee FROM rounds WHERE id = $1::uuid`,
    values: [roundId],
  });
  if (round) rememberRound(roundId, round);
  return round ?? null;
}
