import { describe, expect, it } from "vitest";
import { adultIfBornBy, ageOn, DEFAULT_ADULT_AGE, isAdult } from "@/lib/rules";

describe("ageOn", () => {
  it.each([
    ["2008-03-12", "2020-03-11", 11, "the day before the 12th birthday"],
    ["2008-03-12", "2020-03-12", 12, "on the 12th birthday"],
    ["2008-03-12", "2020-03-13", 12, "the day after"],
    ["2008-03-12", "2008-03-12", 0, "the day of birth"],
    ["1990-12-31", "2020-01-01", 29, "birthday late in the year not yet reached"],
    ["1990-01-01", "2020-12-31", 30, "birthday early in the year passed"],
    ["2008-02-29", "2020-02-28", 11, "Feb 29 child, leap year, day before"],
    ["2008-02-29", "2020-02-29", 12, "Feb 29 child, leap year, on Feb 29"],
    ["2008-02-29", "2021-02-28", 12, "Feb 29 child, common year, Feb 28: not yet 13"],
    ["2008-02-29", "2021-03-01", 13, "Feb 29 child, common year: 13 from Mar 1"],
    ["1896-02-29", "1900-03-01", 4, "1900 has no Feb 29: birthday on Mar 1"],
    ["1896-02-29", "1900-02-28", 3, "1900 has no Feb 29: not yet on Feb 28"],
  ])("O1: ageOn(%s, %s) = %i (%s)", (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });

  it("O1: ageOn throws a RangeError when the day is before the birth date", () => {
    expect(() => ageOn("2008-03-12", "2008-03-11")).toThrow(RangeError);
    expect(() => ageOn("2008-03-12", "2008-03-11")).toThrow(/before birth date/);
  });

  it.each([
    ["2008-02-30", "2020-03-12", '"2008-02-30"'],
    ["2008-03-12", "2021-02-29", '"2021-02-29"'],
  ])("O1: ageOn(%s, %s) throws a RangeError naming the bad day", (birth, on, named) => {
    expect(() => ageOn(birth, on)).toThrow(RangeError);
    expect(() => ageOn(birth, on)).toThrow(named);
  });
});

describe("isAdult", () => {
  it("O1: the product default adult age is 12", () => {
    expect(DEFAULT_ADULT_AGE).toBe(12);
  });

  it.each([
    ["2008-03-13", "2020-03-12", false, "one day short of 12 on the opening day"],
    ["2008-03-12", "2020-03-12", true, "12 on the opening day"],
    ["1980-06-01", "2020-03-12", true, "a grown-up"],
    ["2020-01-01", "2020-03-12", false, "a baby"],
  ])("O1: born %s, on %s, adult (12) = %s (%s)", (birth, on, expected) => {
    expect(isAdult(birth, on, DEFAULT_ADULT_AGE)).toBe(expected);
  });

  it("O1: a round may name another adult age", () => {
    expect(isAdult("2002-03-13", "2020-03-12", 18)).toBe(false);
    expect(isAdult("2002-03-12", "2020-03-12", 18)).toBe(true);
  });

  it("O1: adult age 0 makes everyone born by then an adult", () => {
    expect(isAdult("2020-03-12", "2020-03-12", 0)).toBe(true);
  });

  it("O1: a Feb 29 child becomes 12 on Mar 1 of a common year", () => {
    expect(isAdult("2009-02-28", "2021-02-28", 12)).toBe(true); // control: ordinary birthday
    expect(isAdult("2008-02-29", "2019-02-28", 11)).toBe(false);
    expect(isAdult("2008-02-29", "2019-03-01", 11)).toBe(true);
  });

  it.each([[-1], [12.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "O1: isAdult throws a RangeError for the adult age %s",
    (adultAge) => {
      expect(() => isAdult("2000-01-01", "2020-03-12", adultAge)).toThrow(RangeError);
      expect(() => isAdult("2000-01-01", "2020-03-12", adultAge)).toThrow(/non-negative integer/);
    },
  );

  it("O1: isAdult throws a RangeError when the day is before the birth date", () => {
    expect(() => isAdult("2020-03-13", "2020-03-12", 12)).toThrow(RangeError);
  });
});

describe("adultIfBornBy (O1 as a bound on the birth date)", () => {
  const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

  it("O1: isAdult(b, on, age) exactly when b <= adultIfBornBy(on, age), for every birth date around the bound, leap days included", () => {
    const ons = ["2020-03-12", "2020-02-29", "2021-02-28", "2021-03-01", "2024-02-29", "2020-12-31", "2020-01-01"];
    for (const on of ons) {
      for (const age of [0, 1, 4, 12, 18, 100]) {
        const bound = adultIfBornBy(on, age);
        const start = new Date(Date.parse(`${bound}T00:00:00Z`) - 400 * 86_400_000).toISOString().slice(0, 10);
        for (const b of days(start, 800).filter((d) => d <= on)) expect([on, age, b, b <= bound]).toEqual([on, age, b, isAdult(b, on, age)]);
      }
    }
  });

  it("O1: Feb 29 moved to a common year is Feb 28", () => {
    expect(adultIfBornBy("2020-02-29", 12)).toBe("2008-02-29");
    expect(adultIfBornBy("2020-02-29", 1)).toBe("2019-02-28");
    expect(() => adultIfBornBy("2020-03-12", -1)).toThrow(RangeError);
  });
});
