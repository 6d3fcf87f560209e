import { describe, expect, it } from "vitest";
import { endedAs, isActive, orderTimeline, type TimelineCalendar } from "@/lib/orders/progress";
import type { Day } from "@/lib/rules";

// The 2020 round (domain.md "The round").
const R: TimelineCalendar = {
  orderOpensOn: "2020-03-12", orderClosesOn: "2020-03-18", resultsOn: "2020-03-19",
  paymentDeadline: "2020-03-25", pickupStart: "2020-03-26", pickupEnd: "2020-04-01",
};
const states = (s: Parameters<typeof orderTimeline>[0], today: Day) => orderTimeline(s, R, today).map((p) => p.state);

describe("issue 9 item 5: an order's timeline is true to its dates", () => {
  it("issue 9 item 5: every step carries its dates", () => {
    expect(orderTimeline("PLACED", R, "2020-03-12").map(({ step, from, to }) => [step, from, to])).toEqual([
      ["order", "2020-03-12", "2020-03-18"], ["draw", "2020-03-19", "2020-03-19"], ["pay", "2020-03-19", "2020-03-25"], ["pickup", "2020-03-26", "2020-04-01"],
    ]);
  });
  it("issue 9 item 5 (R2): a placed order's draw is 'now' only from results day, not while ordering is open", () => {
    expect(states("PLACED", "2020-03-12")).toEqual(["done", "upcoming", "upcoming", "upcoming"]);
    expect(states("PLACED", "2020-03-18")).toEqual(["done", "upcoming", "upcoming", "upcoming"]);
    expect(states("PLACED", "2020-03-19")).toEqual(["done", "current", "upcoming", "upcoming"]);
  });
  it("issue 9 item 5 (R3): drawn — paying is now from results day to the deadline", () => {
    expect(states("SELECTED", "2020-03-19")).toEqual(["done", "done", "current", "upcoming"]);
    expect(states("SELECTED", "2020-03-25")).toEqual(["done", "done", "current", "upcoming"]);
  });
  it("issue 9 item 5 (S6): not drawn — nothing to pay or pick up; lapsed — nothing to pick up", () => {
    expect(states("NOT_SELECTED", "2020-03-19")).toEqual(["done", "failed", "skipped", "skipped"]);
    expect(states("LAPSED", "2020-03-26")).toEqual(["done", "done", "failed", "skipped"]);
  });
  it("issue 9 item 5 (R4, R5): paid — pickup is upcoming before its window, now within it; collected and forfeited end it", () => {
    expect(states("PAID", "2020-03-20")).toEqual(["done", "done", "done", "upcoming"]);
    expect(states("PAID", "2020-03-26")).toEqual(["done", "done", "done", "current"]);
    expect(states("PAID", "2020-04-01")).toEqual(["done", "done", "done", "current"]);
    expect(states("PICKED_UP", "2020-03-27")).toEqual(["done", "done", "done", "done"]);
    expect(states("FORFEITED", "2020-04-02")).toEqual(["done", "done", "done", "failed"]);
  });
  it("issue 9 item 5: ended states are named, active ones are told apart", () => {
    expect(["NOT_SELECTED", "LAPSED", "FORFEITED", "PICKED_UP", "PLACED"].map((s) => endedAs(s as never))).toEqual(["notDrawn", "lapsed", "forfeited", "collected", null]);
    expect(["PLACED", "SELECTED", "PAID", "LAPSED"].map((s) => isActive(s as never))).toEqual([true, true, true, false]);
  });
});
