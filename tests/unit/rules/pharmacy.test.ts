import { describe, expect, it } from "vitest";
import { pharmacyDayAllowed } from "@/lib/rules";

// March 2020: 3/12 Thu, 3/15 Sun, 3/16 Mon, 3/17 Tue, 3/18 Wed, 3/19 Thu, 3/20 Fri, 3/21 Sat.
const ODD = "A123456789"; // last digit 9
const EVEN = "A800000014"; // last digit 4
// A=10 → 1·1 + 0·9 = 1; 1·8 = 8; 1·1 = 1 → 10; check digit 0 → 10 ✓
const ZERO = "A100000010";

describe("pharmacyDayAllowed", () => {
  it.each([
    ["2020-03-16", "Mon", true, false],
    ["2020-03-17", "Tue", false, true],
    ["2020-03-18", "Wed", true, false],
    ["2020-03-12", "Thu", false, true],
    ["2020-03-20", "Fri", true, false],
    ["2020-03-21", "Sat", false, true],
    ["2020-03-15", "Sun", true, true],
  ])("O2: on %s (%s) odd last digit → %s, even → %s", (day, _weekday, odd, even) => {
    expect(pharmacyDayAllowed(ODD, day)).toBe(odd);
    expect(pharmacyDayAllowed(EVEN, day)).toBe(even);
  });

  it("O2: last digit 0 counts as even (Tue/Thu/Sat, not Mon/Wed/Fri)", () => {
    expect(pharmacyDayAllowed(ZERO, "2020-03-17")).toBe(true);
    expect(pharmacyDayAllowed(ZERO, "2020-03-16")).toBe(false);
  });

  it("O2: the legacy resident form follows the same rule", () => {
    expect(pharmacyDayAllowed("AC01234567", "2020-03-16")).toBe(true); // 7 odd, Monday
    expect(pharmacyDayAllowed("AC01234567", "2020-03-17")).toBe(false);
  });

  it("O2: accepts lower case and surrounding spaces like checkIdNumber", () => {
    expect(pharmacyDayAllowed("  a123456789 ", "2020-03-16")).toBe(true);
    expect(pharmacyDayAllowed("  a123456789 ", "2020-03-17")).toBe(false);
  });

  it.each([
    ["A123456780", "CHECKSUM"],
    ["A12345678", "FORMAT"],
  ])("O2: an invalid ID number %s throws a RangeError (%s) instead of answering", (id, code) => {
    expect(() => pharmacyDayAllowed(id, "2020-03-15")).toThrow(RangeError);
    expect(() => pharmacyDayAllowed(id, "2020-03-15")).toThrow(code);
  });

  it("O2: the error message does not echo the ID number (personal data)", () => {
    expect(() => pharmacyDayAllowed("A123456780", "2020-03-16")).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("A123456780") }),
    );
  });

  it("O2: a malformed day throws a RangeError naming it", () => {
    expect(() => pharmacyDayAllowed(ODD, "2020-02-30")).toThrow(RangeError);
    expect(() => pharmacyDayAllowed(ODD, "2020-02-30")).toThrow('"2020-02-30"');
  });
});
