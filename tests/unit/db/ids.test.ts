import { describe, expect, it } from "vitest";
import { uuidv7 } from "@/lib/db/ids";

describe("uuidv7 (ids written by raw SQL, e.g. the intake)", () => {
  it("is an RFC 9562 version 7 id: version nibble 7, variant 10xx, the time in its first 48 bits", () => {
    const at = Date.parse("2020-04-22T01:00:00.123Z");
    const id = uuidv7(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at);
  });

  it("orders by time (the primary key appends at its right edge) and never repeats", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => uuidv7(1_700_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    const byTime = ids.map((id) => id.slice(0, 13));
    expect([...byTime].sort()).toEqual(byTime);
  });

  it("keeps its random bits random: two ids of the same millisecond differ beyond the time", () => {
    const a = uuidv7(0), b = uuidv7(0);
    expect(a.slice(0, 13)).toBe(b.slice(0, 13));
    expect(a.slice(15)).not.toBe(b.slice(15));
  });
});
