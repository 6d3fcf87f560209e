import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { drawCommitment, drawStore, drawTicket, needsDraw, seedMatchesCommitment } from "@/lib/rules";

const SEED = "9f1c0d2e4b6a8c0e1f3a5b7c9d0e2f4a6b8c0d1e3f5a7b9c1d3e5f7a9b1c3d5e";
const ids = Array.from({ length: 10 }, (_, i) => `order-${i}`);

describe("R2: the draw", () => {
  it("R2: the commitment is sha256 of the seed, and only the right seed matches it", () => {
    const c = drawCommitment(SEED);
    expect(c).toBe(createHash("sha256").update(SEED).digest("hex"));
    expect(seedMatchesCommitment(SEED, c)).toBe(true);
    expect(seedMatchesCommitment(SEED.replace("9", "8"), c)).toBe(false);
    expect(seedMatchesCommitment(SEED, c.toUpperCase())).toBe(false);
  });

  it("R2: a seed shorter than 32 characters is refused (it could be guessed)", () => {
    expect(() => drawCommitment("short")).toThrow(RangeError);
  });

  it("R2: a ticket is sha256 of '<seed>:<orderId>', as documented for public recomputation", () => {
    expect(drawTicket(SEED, "order-1")).toBe(createHash("sha256").update(`${SEED}:order-1`).digest("hex"));
    expect(drawTicket(SEED, "order-1")).not.toBe(drawTicket(SEED, "order-2"));
  });

  it("R2: the first `supply` tickets in ascending order are drawn; the rest are not", () => {
    const result = drawStore(SEED, 3, ids);
    expect(result.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.filter((r) => r.selected)).toHaveLength(3);
    const sorted = [...result].sort((a, b) => (a.ticket < b.ticket ? -1 : 1));
    expect(result).toEqual(sorted);
    expect(result.slice(0, 3).every((r) => r.selected)).toBe(true);
  });

  it("R2: reproducible: the same seed and orders give the same result, in any input order", () => {
    expect(drawStore(SEED, 4, [...ids].reverse())).toEqual(drawStore(SEED, 4, ids));
  });

  it("R2: another seed gives another result", () => {
    const other = drawStore(SEED.replace("9f", "00"), 4, ids).filter((r) => r.selected).map((r) => r.orderId);
    const mine = drawStore(SEED, 4, ids).filter((r) => r.selected).map((r) => r.orderId);
    expect(other).not.toEqual(mine);
  });

  it("R2: with orders not exceeding supply everyone is drawn, and no draw is needed", () => {
    expect(drawStore(SEED, 10, ids).every((r) => r.selected)).toBe(true);
    expect(needsDraw(10, 10)).toBe(false);
    expect(needsDraw(9, 10)).toBe(true);
    expect(drawStore(SEED, 0, ids).some((r) => r.selected)).toBe(false);
  });

  it("R2: bad input is refused rather than drawn", () => {
    expect(() => drawStore(SEED, -1, ids)).toThrow(RangeError);
    expect(() => drawStore(SEED, 1.5, ids)).toThrow(RangeError);
    expect(() => drawStore(SEED, 1, ["a", "a"])).toThrow(/same order twice/);
  });
});
