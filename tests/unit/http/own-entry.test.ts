import { describe, expect, it } from "vitest";
import { ownEntry } from "@/lib/http/page-params";

// A page's `?error=CODE` picks a message: inherited keys must not count (the security tier's fuzz
// found `?error=__proto__` rendering Object.prototype, a 500).
describe("ownEntry", () => {
  const table = { TOO_SOON: "too soon", UNKNOWN: "unknown" };
  it("finds the table's own keys and nothing inherited", () => {
    expect(ownEntry(table, "TOO_SOON")).toBe("too soon");
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty", "", null, undefined]) expect(ownEntry(table, key)).toBeUndefined();
  });
});
