import { describe, expect, it } from "vitest";
import {
  ROUND_2020_CALENDAR,
  roundPhase,
  validateRoundCalendar,
  weekdayOf,
  type RoundCalendar,
} from "@/lib/rules";

const R = ROUND_2020_CALENDAR;

describe("ROUND_2020_CALENDAR", () => {
  it("R1: matches the 2020 timeline (open 3/12 Thu … pickup 3/26-4/1)", () => {
    expect(R).toEqual({
      orderOpensOn: "2020-03-12",
      orderClosesOn: "2020-03-18",
      resultsOn: "2020-03-19",
      paymentDeadline: "2020-03-25",
      pickupStart: "2020-03-26",
      pickupEnd: "2020-04-01",
    });
    expect(weekdayOf(R.orderOpensOn)).toBe(4); // Thursday
    expect(weekdayOf(R.pickupEnd)).toBe(3); // Wednesday
  });

  it("R1: is frozen so no caller can edit the shared example", () => {
    expect(Object.isFrozen(R)).toBe(true);
  });
});

describe("validateRoundCalendar", () => {
  it("R1: the 2020 calendar is valid", () => {
    expect(validateRoundCalendar(R)).toEqual([]);
  });

  it("R1: a one-day round with the shortest legal gaps is valid", () => {
    const tight: RoundCalendar = {
      orderOpensOn: "2020-03-12",
      orderClosesOn: "2020-03-12",
      resultsOn: "2020-03-13",
      paymentDeadline: "2020-03-13",
      pickupStart: "2020-03-14",
      pickupEnd: "2020-03-14",
    };
    expect(validateRoundCalendar(tight)).toEqual([]);
  });

  it.each([
    [{ orderClosesOn: "2020-03-11" }, "orderClosesOn (2020-03-11) must be on or after orderOpensOn (2020-03-12)"],
    [{ resultsOn: "2020-03-18" }, "resultsOn (2020-03-18) must be after orderClosesOn (2020-03-18)"],
    [{ paymentDeadline: "2020-03-18" }, "paymentDeadline (2020-03-18) must be on or after resultsOn (2020-03-19)"],
    [{ pickupStart: "2020-03-25" }, "pickupStart (2020-03-25) must be after paymentDeadline (2020-03-25)"],
    [{ pickupEnd: "2020-03-25" }, "pickupEnd (2020-03-25) must be on or after pickupStart (2020-03-26)"],
  ])("R1: reports the violated ordering for %o", (change, message) => {
    expect(validateRoundCalendar({ ...R, ...change })).toEqual([message]);
  });

  it("R1: reports one message per violated ordering", () => {
    const messy: RoundCalendar = { ...R, orderClosesOn: "2020-03-10", pickupEnd: "2020-03-20" };
    const problems = validateRoundCalendar(messy);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^orderClosesOn/);
    expect(problems[1]).toMatch(/^pickupEnd/);
  });

  it("R1: a malformed day throws a RangeError naming it", () => {
    expect(() => validateRoundCalendar({ ...R, resultsOn: "2020-02-30" })).toThrow(RangeError);
    expect(() => validateRoundCalendar({ ...R, resultsOn: "2020-02-30" })).toThrow('"2020-02-30"');
  });
});

describe("roundPhase", () => {
  it.each([
    ["2020-03-11", "upcoming"],
    ["2020-03-12", "ordering"],
    ["2020-03-18", "ordering"],
    ["2020-03-19", "payment"],
    ["2020-03-25", "payment"],
    ["2020-03-26", "pickup"],
    ["2020-04-01", "pickup"],
    ["2020-04-02", "ended"],
  ])("R1: 2020 round on %s is %s", (day, phase) => {
    expect(roundPhase(R, day)).toBe(phase);
  });

  it("R1: a gap between close and results is the drawing phase", () => {
    const c: RoundCalendar = { ...R, resultsOn: "2020-03-21" };
    expect(roundPhase(c, "2020-03-19")).toBe("drawing");
    expect(roundPhase(c, "2020-03-20")).toBe("drawing");
    expect(roundPhase(c, "2020-03-21")).toBe("payment");
  });

  it("R1: a gap between the deadline and pickup is awaiting-pickup", () => {
    const c: RoundCalendar = { ...R, paymentDeadline: "2020-03-23" };
    expect(roundPhase(c, "2020-03-23")).toBe("payment");
    expect(roundPhase(c, "2020-03-24")).toBe("awaiting-pickup");
    expect(roundPhase(c, "2020-03-25")).toBe("awaiting-pickup");
    expect(roundPhase(c, "2020-03-26")).toBe("pickup");
  });

  it("R1: an invalid calendar throws a RangeError listing its problems", () => {
    const bad: RoundCalendar = { ...R, pickupEnd: "2020-03-20" };
    expect(() => roundPhase(bad, "2020-03-12")).toThrow(RangeError);
    expect(() => roundPhase(bad, "2020-03-12")).toThrow(/Invalid round calendar: pickupEnd/);
  });

  it("R1: a malformed day throws a RangeError naming it", () => {
    expect(() => roundPhase(R, "2020-3-12")).toThrow(RangeError);
    expect(() => roundPhase(R, "2020-3-12")).toThrow('"2020-3-12"');
  });
});
