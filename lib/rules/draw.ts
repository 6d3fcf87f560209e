/**
 * R2: the draw, reproducible and publicly verifiable.
 *
 * Before ordering closes the system publishes commitment = sha256(seed). After it closes it reveals
 * the seed. Every order's ticket is sha256("<seed>:<orderId>") in lower-case hex; within a store the
 * orders are ranked by ticket (ascending, ties — which sha256 makes practically impossible — by
 * order id) and the first `supply` ranks are drawn (中籤). Anyone holding the seed and the list of
 * order ids per store can recompute every result, and nobody could have chosen the seed to favour
 * an order after seeing the orders, because the commitment was public before.
 */
import { createHash } from "node:crypto";

const HEX64 = /^[0-9a-f]{64}$/;

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The public commitment to a secret seed. */
export function drawCommitment(seed: string): string {
  if (seed.length < 32) throw new RangeError("A draw seed must be at least 32 characters (e.g. 32 random bytes in hex)");
  return sha256Hex(seed);
}

/** True when a revealed seed matches the commitment published earlier. */
export function seedMatchesCommitment(seed: string, commitment: string): boolean {
  return HEX64.test(commitment) && seed.length >= 32 && sha256Hex(seed) === commitment;
}

/** An order's ticket: its place in the draw is decided by nothing else. */
export function drawTicket(seed: string, orderId: string): string {
  if (!orderId) throw new RangeError("drawTicket needs an order id");
  return sha256Hex(`${seed}:${orderId}`);
}

export type DrawResult = { orderId: string; ticket: string; rank: number; selected: boolean };

/**
 * R2: rank one store's orders and select the first `supply`. Every order is selected when orders
 * do not exceed supply (then no draw is needed; ranks are still given for the record).
 */
export function drawStore(seed: string, supply: number, orderIds: readonly string[]): DrawResult[] {
  if (!Number.isSafeInteger(supply) || supply < 0) throw new RangeError(`supply must be a non-negative integer, got ${supply}`);
  if (new Set(orderIds).size !== orderIds.length) throw new RangeError("drawStore was given the same order twice");
  return orderIds
    .map((orderId) => ({ orderId, ticket: drawTicket(seed, orderId) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.orderId < b.orderId ? -1 : 1))
    .map((o, i) => ({ ...o, rank: i + 1, selected: i < supply }));
}

/** R2: a store needs a draw only when its orders exceed its supply. */
export function needsDraw(supply: number, orders: number): boolean {
  return orders > supply;
}
