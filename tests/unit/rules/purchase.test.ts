import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  nextPurchaseDay,
  onlinePurchaseDay,
  PURCHASE_INTERVAL_DAYS,
  ROUND_2020_CALENDAR,
} from "@/lib/rules";

const PICKUP_START = ROUND_2020_CALENDAR.pickupStart; // 2020-03-26

describe("nextPurchaseDay", () => {
  it("S1: the interval is 7 days", () => {
    expect(PURCHASE_INTERVAL_DAYS).toBe(7);
  });

  it("S1: no purchases yet gives null (may buy any day)", () => {
    expect(nextPurchaseDay([])).toBeNull();
  });

  it("S1: one pharmacy purchase on 3/22 allows the next from 3/29", () => {
    expect(nextPurchaseDay(["2020-03-22"])).toBe("2020-03-29");
  });

  it.each([
    [["2020-03-13", "2020-03-20"], "2020-03-27", "sorted"],
    [["2020-03-20", "2020-03-13"], "2020-03-27", "reverse order"],
    [["2020-03-20", "2020-03-13", "2020-03-20"], "2020-03-27", "with a duplicate"],
    [["2020-12-28"], "2021-01-04", "across a year end"],
    [["2020-02-25"], "2020-03-03", "across a leap February"],
    [["2021-02-25"], "2021-03-04", "across a common February"],
  ])("S1: latest of %j + 7 = %s (%s)", (days, expected) => {
    expect(nextPurchaseDay(days)).toBe(expected);
  });

  it("S2: pickup 3/26-4/1, picked up any day, counts as 3/26 so the next purchase is 4/2", () => {
    const purchaseDay = onlinePurchaseDay(PICKUP_START, []);
    expect(nextPurchaseDay([purchaseDay])).toBe("2020-04-02");
  });

  it("S3+S5: pharmacy 3/22 delays pickup to 3/29, so the next purchase is 4/5", () => {
    const online = onlinePurchaseDay(PICKUP_START, ["2020-03-22"]);
    expect(online).toBe("2020-03-29");
    expect(nextPurchaseDay(["2020-03-22", online])).toBe("2020-04-05");
  });

  it("S1: throws a RangeError naming a malformed entry even when it is not the latest", () => {
    expect(() => nextPurchaseDay(["2020-03-22", "2020-02-30"])).toThrow(RangeError);
    expect(() => nextPurchaseDay(["2020-03-22", "2020-02-30"])).toThrow('"2020-02-30"');
  });
});

describe("onlinePurchaseDay", () => {
  it("S2: with no pharmacy purchases the order counts on the first pickup day", () => {
    expect(onlinePurchaseDay(PICKUP_START, [])).toBe("2020-03-26");
  });

  it("S3: pharmacy 3/22 delays pickup to 3/29", () => {
    expect(onlinePurchaseDay(PICKUP_START, ["2020-03-22"])).toBe("2020-03-29");
  });

  it.each([
    ["2020-03-19", "2020-03-26", "19 + 7 = 26 exactly: no delay"],
    ["2020-03-20", "2020-03-27", "one day later: delayed one day"],
    ["2020-03-25", "2020-04-01", "the day before pickup: delayed to the last pickup day"],
    ["2020-03-12", "2020-03-26", "long before (S4: during the pre-order window)"],
  ])("S3: pharmacy %s gives pickup %s (%s)", (pharmacy, expected) => {
    expect(onlinePurchaseDay(PICKUP_START, [pharmacy])).toBe(expected);
  });

  it("S3: several pharmacy purchases (3/13 and 3/20) give 3/27", () => {
    expect(onlinePurchaseDay(PICKUP_START, ["2020-03-13", "2020-03-20"])).toBe("2020-03-27");
    expect(onlinePurchaseDay(PICKUP_START, ["2020-03-20", "2020-03-13"])).toBe("2020-03-27");
  });

  it.each([
    ["2020-04-02", "2020-03-26", "exactly 7 days after pickup start: compatible"],
    ["2020-04-01", "2020-04-08", "6 days after: the order moves past it"],
    ["2020-03-26", "2020-04-02", "same day as pickup start"],
  ])("S1: a later pharmacy purchase %s gives %s (%s)", (pharmacy, expected) => {
    expect(onlinePurchaseDay(PICKUP_START, [pharmacy])).toBe(expected);
  });

  it("S1: chains of conflicts are followed until a free day is found", () => {
    // 3/22 pushes to 3/29, which conflicts with 4/2 (4 days later), which pushes to 4/9.
    expect(onlinePurchaseDay(PICKUP_START, ["2020-03-22", "2020-04-02"])).toBe("2020-04-09");
  });

  it("S1: finds a gap between two pharmacy purchases 14 days apart", () => {
    // 3/20 and 4/10: 3/27 is 7 after the first and 14 before the second.
    expect(onlinePurchaseDay(PICKUP_START, ["2020-03-20", "2020-04-10"])).toBe("2020-03-27");
  });

  it("S1: skips past conflicts exactly 7 days apart (3/21, 3/29, 4/5, 4/20 → 4/12)", () => {
    // 3/26 clashes with 3/21 and 3/29 → 4/5; 4/5 clashes with itself → 4/12, 7 after 4/5, 8 before 4/20.
    const pharmacy = ["2020-03-21", "2020-03-29", "2020-04-05", "2020-04-20"];
    expect(onlinePurchaseDay(PICKUP_START, pharmacy)).toBe("2020-04-12");
  });

  it("S1: agrees with a day-by-day search on 300 generated cases", () => {
    // Naive definition: first d ≥ start with |d − p| ≥ 7 for every p, tried one day at a time.
    const naive = (start: string, ps: string[]): string => {
      for (let d = start; ; d = addDays(d, 1)) {
        if (ps.every((p) => Math.abs(daysBetween(p, d)) >= 7)) return d;
      }
    };
    let seed = 20200326; // fixed seed: deterministic, reproducible cases
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const ps = Array.from({ length: rand(5) }, () => addDays(PICKUP_START, rand(41) - 20));
      expect(onlinePurchaseDay(PICKUP_START, ps), ps.join(",")).toBe(naive(PICKUP_START, ps));
    }
  });

  it("S3: works across a year end", () => {
    expect(onlinePurchaseDay("2020-12-31", ["2020-12-28"])).toBe("2021-01-04");
  });

  it.each([
    [() => onlinePurchaseDay("2020-02-30", []), '"2020-02-30"'],
    [() => onlinePurchaseDay(PICKUP_START, ["2020-3-22"]), '"2020-3-22"'],
  ])("S3: throws a RangeError naming a malformed day (%#)", (call, named) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(named);
  });
});
