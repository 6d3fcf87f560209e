import { describe, expect, it } from "vitest";
import { checkIdNumber, completeIdNumber, idNumberValidOn } from "@/lib/rules";

// Checksum (I2): area code tens ×1, units ×9; characters 2-9 ×8,7,6,5,4,3,2,1; check digit ×1;
// the total must be divisible by 10. Each valid example below is worked out by hand.
//
// A123456789  A=10: 1·1 + 0·9 = 1; 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 8·1 = 120; + 9 → 130 ✓
// F222222222  F=15: 1 + 45 = 46; 2·(8+7+6+5+4+3+2+1) = 72 → 118; + 2 → 120 ✓ (female)
// I100000003  I=34: 3 + 36 = 39; 1·8 = 8 → 47; + 3 → 50 ✓ (I is 34, not 18: out of order)
// O200000006  O=35: 3 + 45 = 48; 2·8 = 16 → 64; + 6 → 70 ✓ (female)
// A800000014  A=10: 1 + 0 = 1; 8·8 = 64; 1·1 = 1 → 66; + 4 → 70 ✓ (resident, male)
// W900000007  W=32: 3 + 18 = 21; 9·8 = 72 → 93; + 7 → 100 ✓ (resident, female)
// AC01234567  A=10: 1; C→2: 2·8 = 16; 0·7 + 1·6 + 2·5 + 3·4 + 4·3 + 5·2 + 6·1 = 56 → 73; + 7 → 80 ✓
// BD12345672  B=11: 10; D→3: 3·8 = 24; 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 + 7·1 = 84 → 118; + 2 → 120 ✓

describe("checkIdNumber: valid numbers", () => {
  it.each([
    ["A123456789", "national", "male"],
    ["F222222222", "national", "female"],
    ["I100000003", "national", "male"],
    ["O200000006", "national", "female"],
    ["A800000014", "resident", "male"],
    ["W900000007", "resident", "female"],
    ["AC01234567", "resident-legacy", "male"],
    ["BD12345672", "resident-legacy", "female"],
  ])("I2: %s is a valid %s number (%s)", (id, kind, sex) => {
    expect(checkIdNumber(id)).toEqual({ ok: true, kind, sex });
  });

  it.each([
    ["a123456789", "lower case"],
    ["  A123456789  ", "surrounding spaces"],
    ["\tA123456789\n", "surrounding tab and newline"],
    [" ac01234567 ", "lower-case legacy with spaces"],
    ["w900000007", "lower-case resident"],
  ])("I2: accepts %j (%s)", (id) => {
    expect(checkIdNumber(id).ok).toBe(true);
  });

  it.each([
    ["AA", "male"],
    ["AB", "female"],
    ["AC", "male"],
    ["AD", "female"],
  ])("I2: legacy second letter %s means %s", (prefix, sex) => {
    const id = completeIdNumber(`${prefix}0000000`);
    expect(checkIdNumber(id)).toEqual({ ok: true, kind: "resident-legacy", sex });
  });
});

describe("checkIdNumber: rejected numbers", () => {
  it.each([
    ["A123456780", "national, last digit changed"],
    ["A213456789", "national, second and third characters swapped (weights 8 and 7)"],
    ["B123456789", "national, area letter changed"],
    ["A800000015", "resident, last digit changed"],
    ["W900000008", "resident, last digit changed"],
    ["AC01234568", "legacy, last digit changed"],
    ["AD01234567", "legacy, second letter changed"],
  ])("I2: rejects %s with a wrong check digit (CHECKSUM): %s", (id) => {
    expect(checkIdNumber(id)).toEqual({ ok: false, code: "CHECKSUM" });
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["A12345678", "9 characters"],
    ["A1234567890", "11 characters"],
    ["A323456789", "second digit 3"],
    ["A023456789", "second digit 0"],
    ["A723456789", "second digit 7"],
    ["AE01234567", "legacy second letter E"],
    ["1123456789", "digit instead of area letter"],
    ["A12345678X", "letter as check digit"],
    ["A1234 56789", "inner space"],
    ["A123-456789", "inner dash"],
    ["ı123456789", "dotless i (upper-cases to I in Unicode, not an ASCII letter)"],
  ])("I2: rejects %j as FORMAT (%s)", (id) => {
    expect(checkIdNumber(id)).toEqual({ ok: false, code: "FORMAT" });
  });

  it.each([["Ａ123456789"], ["A１23456789"], ["Ａ１２３４５６７８９"], ["ａ１２３４５６７８９"]])(
    "issue 9 item 3 (I2): accepts full-width typing %j as the same number (NFKC)",
    (id) => expect(checkIdNumber(id)).toMatchObject({ ok: true, kind: "national" }),
  );

  it("I2: rejects a non-string at run time as FORMAT instead of throwing", () => {
    expect(checkIdNumber(undefined as unknown as string)).toEqual({ ok: false, code: "FORMAT" });
  });
});

describe("completeIdNumber", () => {
  it.each([
    ["A12345678", "A123456789"],
    ["A80000001", "A800000014"],
    ["AC0123456", "AC01234567"],
    ["BD1234567", "BD12345672"],
    ["I10000000", "I100000003"],
    [" w90000000 ", "W900000007"],
  ])("I2: completeIdNumber(%j) = %s", (first9, expected) => {
    expect(completeIdNumber(first9)).toBe(expected);
  });

  it("I2: every completed number passes checkIdNumber, for every area letter and form", () => {
    for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
      for (const second of ["1", "2", "8", "9", "A", "B", "C", "D"]) {
        const id = completeIdNumber(`${letter}${second}7654321`);
        expect(id).toHaveLength(10);
        expect(checkIdNumber(id).ok, id).toBe(true);
      }
    }
  });

  it("I2: exactly one check digit completes a prefix", () => {
    const valid = "0123456789".split("").filter((d) => checkIdNumber(`F22222222${d}`).ok);
    expect(valid).toEqual(["2"]);
  });

  it.each([["A1234567"], ["A1234567890"], ["A31234567"], ["AE0123456"], [""]])(
    "I2: completeIdNumber(%j) throws a RangeError",
    (first9) => {
      expect(() => completeIdNumber(first9)).toThrow(RangeError);
      expect(() => completeIdNumber(first9)).toThrow(/Invalid ID number prefix/);
    },
  );
});

describe("idNumberValidOn", () => {
  it.each([
    ["AC01234567", "2030-12-31", true, "legacy, last valid day"],
    ["AC01234567", "2031-01-01", false, "legacy, the day after"],
    ["AC01234567", "2020-03-12", true, "legacy in 2020"],
    ["A123456789", "2031-01-01", true, "national numbers do not expire"],
    ["A800000014", "2031-01-01", true, "new resident numbers do not expire"],
    ["A123456780", "2020-03-12", false, "bad checksum"],
    ["A12345678", "2020-03-12", false, "bad format"],
  ])("I2: idNumberValidOn(%s, %s) = %s (%s)", (id, day, expected) => {
    expect(idNumberValidOn(id, day)).toBe(expected);
  });

  it("I2: idNumberValidOn throws a RangeError for a malformed day", () => {
    expect(() => idNumberValidOn("A123456789", "2030-02-29")).toThrow(RangeError);
    expect(() => idNumberValidOn("A123456789", "2030-02-29")).toThrow('"2030-02-29"');
  });
});
