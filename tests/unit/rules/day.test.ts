import { describe, expect, it } from "vitest";
import {
  addDays,
  assertDay,
  compareDays,
  dayInTaipei,
  daysBetween,
  isDay,
  weekdayOf,
} from "@/lib/rules";

// "Day" is the time unit of every rule in docs/domain.md ("all dates are calendar days in
// Asia/Taipei"), so these tests carry the tag of the rules that depend on them: S1 (+7 days).

describe("isDay", () => {
  it.each(["2020-03-26", "2020-02-29", "2000-02-29", "2021-12-31", "0001-01-01", "9999-12-31"])(
    "Day: accepts the real date %s",
    (s) => {
      expect(isDay(s)).toBe(true);
    },
  );

  it.each([
    ["2021-02-29", "Feb 29 in a common year"],
    ["1900-02-29", "1900 is not a leap year (divisible by 100, not 400)"],
    ["2020-02-30", "Feb 30"],
    ["2020-04-31", "April has 30 days"],
    ["2020-13-01", "month 13"],
    ["2020-00-10", "month 0"],
    ["2020-01-00", "day 0"],
    ["0000-01-01", "year 0"],
    ["2020-3-26", "unpadded month"],
    ["20-03-26", "two-digit year"],
    ["2020/03/26", "slashes"],
    [" 2020-03-26", "leading space"],
    ["2020-03-26T00:00", "a time attached"],
    ["", "empty string"],
  ])("Day: rejects %s (%s)", (s) => {
    expect(isDay(s)).toBe(false);
  });

  it("Day: rejects non-strings (null, undefined, a number, a Date)", () => {
    expect([null, undefined, 20200326, new Date(0)].map(isDay)).toEqual([false, false, false, false]);
  });
});

describe("addDays", () => {
  it.each([
    ["2020-03-26", 7, "2020-04-02", "S2 example: 3/26 + 7"],
    ["2020-03-22", 7, "2020-03-29", "S3 example: 3/22 + 7"],
    ["2020-01-31", 1, "2020-02-01", "month end"],
    ["2020-12-31", 1, "2021-01-01", "year end"],
    ["2020-02-28", 1, "2020-02-29", "leap year 2020"],
    ["2021-02-28", 1, "2021-03-01", "common year 2021"],
    ["1900-02-28", 1, "1900-03-01", "1900 is not leap"],
    ["2000-02-28", 1, "2000-02-29", "2000 is leap"],
    ["2020-03-01", -1, "2020-02-29", "negative n into a leap day"],
    ["2021-01-01", -1, "2020-12-31", "negative n across a year"],
    ["2020-03-26", 0, "2020-03-26", "n = 0"],
    ["2020-01-01", 366, "2021-01-01", "a whole leap year"],
    ["0099-12-31", 1, "0100-01-01", "years below 100 are not remapped to 19xx"],
  ])("S1: addDays(%s, %i) = %s (%s)", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it("Day: addDays throws a RangeError naming an impossible day", () => {
    expect(() => addDays("2021-02-29", 1)).toThrow(RangeError);
    expect(() => addDays("2021-02-29", 1)).toThrow(
      'Invalid day "2021-02-29": expected a real calendar date YYYY-MM-DD',
    );
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "Day: addDays throws a RangeError for the non-integer n %s",
    (n) => {
      expect(() => addDays("2020-03-26", n)).toThrow(RangeError);
      expect(() => addDays("2020-03-26", n)).toThrow(/expected an integer/);
    },
  );

  it("Day: addDays throws a RangeError when the result leaves years 0001-9999", () => {
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
    expect(() => addDays("0001-01-01", -1)).toThrow(/outside the years/);
  });
});

describe("compareDays, daysBetween, weekdayOf", () => {
  it.each([
    ["2020-03-25", "2020-03-26", -1],
    ["2020-03-26", "2020-03-26", 0],
    ["2021-01-01", "2020-12-31", 1],
  ])("Day: compareDays(%s, %s) = %i", (a, b, expected) => {
    expect(compareDays(a, b)).toBe(expected);
  });

  it("Day: compareDays sorts days chronologically", () => {
    expect(["2020-04-01", "2019-12-31", "2020-03-26"].sort(compareDays)).toEqual([
      "2019-12-31",
      "2020-03-26",
      "2020-04-01",
    ]);
  });

  it.each([
    ["2020-03-26", "2020-04-02", 7],
    ["2020-04-02", "2020-03-26", -7],
    ["2020-02-28", "2020-03-01", 2],
    ["2021-02-28", "2021-03-01", 1],
    ["2020-01-01", "2021-01-01", 366],
    ["2020-03-26", "2020-03-26", 0],
  ])("S1: daysBetween(%s, %s) = %i", (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each([
    ["2020-03-12", 4, "Thursday: pre-order opened"],
    ["2020-03-15", 0, "Sunday"],
    ["2020-03-21", 6, "Saturday"],
    ["2020-04-01", 3, "Wednesday: pickup ended"],
    ["2000-01-01", 6, "Saturday"],
  ])("O2: weekdayOf(%s) = %i (%s)", (day, expected) => {
    expect(weekdayOf(day)).toBe(expected);
  });

  it.each([
    ["compareDays", () => compareDays("2020-03-26", "2020-02-30")],
    ["daysBetween", () => daysBetween("2020-13-01", "2020-03-26")],
    ["weekdayOf", () => weekdayOf("2020-3-1")],
    ["assertDay", () => assertDay("nope")],
  ])("Day: %s throws a RangeError for a malformed day", (_name, call) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/^Invalid day "/);
  });
});

describe("dayInTaipei", () => {
  it.each([
    ["2020-03-12T01:00:00.000Z", "2020-03-12", "09:00 Taipei, the opening"],
    ["2020-03-11T16:00:00.000Z", "2020-03-12", "midnight Taipei starts the next day"],
    ["2020-03-11T15:59:59.999Z", "2020-03-11", "one millisecond before Taipei midnight"],
    ["2020-12-31T16:00:00.000Z", "2021-01-01", "new year arrives 8 hours before UTC"],
    ["2020-02-28T16:00:00.000Z", "2020-02-29", "leap day"],
    ["1969-12-31T16:00:00.000Z", "1970-01-01", "before the epoch (negative timestamps)"],
    ["1969-12-31T15:59:59.999Z", "1969-12-31", "before the epoch, previous day"],
  ])("Day: dayInTaipei(%s) = %s (%s)", (iso, expected) => {
    expect(dayInTaipei(new Date(iso))).toBe(expected);
  });

  it("Day: dayInTaipei throws a RangeError for an Invalid Date", () => {
    expect(() => dayInTaipei(new Date("not a date"))).toThrow(RangeError);
  });
});
