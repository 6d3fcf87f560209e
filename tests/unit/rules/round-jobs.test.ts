import { describe, expect, it } from "vitest";
import { dueTransitions, type RoundJobState } from "@/lib/rules";

const cal = { orderClosesOn: "2020-03-18", resultsOn: "2020-03-19", paymentDeadline: "2020-03-25", pickupStart: "2020-03-26", pickupEnd: "2020-04-01" };
const none = { close: false, draw: false, lapse: false, ledger: false, forfeit: false };
const state = (done: Partial<typeof none> = {}): RoundJobState => ({ ...cal, done: { ...none, ...done } });
const taipei = (day: string, time = "12:00") => new Date(`${day}T${time}:00+08:00`);

describe("R1–R5: when a round's transitions are due", () => {
  it("R1: nothing is due while ordering is open, up to 23:59 of the closing day", () => {
    expect(dueTransitions(state(), taipei("2020-03-18", "23:59"))).toEqual([]);
  });

  it("R1/R2: ordering closes at midnight; the draw waits for the results day (3/19) — which is the next day", () => {
    expect(dueTransitions(state(), taipei("2020-03-19", "00:00"))).toEqual(["close", "draw"]);
  });

  it("R3: unpaid orders lapse after the payment deadline day, not on it", () => {
    const drawn = state({ close: true, draw: true });
    expect(dueTransitions(drawn, taipei("2020-03-25", "23:59"))).toEqual([]);
    expect(dueTransitions(drawn, taipei("2020-03-26", "00:00"))).toEqual(["lapse", "ledger"]);
  });

  it("S2: paid orders enter the ledger on pickup day 1; R5: forfeits after the last pickup day", () => {
    const paid = state({ close: true, draw: true, lapse: true });
    expect(dueTransitions(paid, taipei("2020-03-26"))).toEqual(["ledger"]);
    expect(dueTransitions(state({ close: true, draw: true, lapse: true, ledger: true }), taipei("2020-04-01"))).toEqual([]);
    expect(dueTransitions(state({ close: true, draw: true, lapse: true, ledger: true }), taipei("2020-04-02"))).toEqual(["forfeit"]);
  });

  it("a server that was down catches up in order, and done transitions are never repeated", () => {
    expect(dueTransitions(state(), taipei("2020-05-01"))).toEqual(["close", "draw", "lapse", "ledger", "forfeit"]);
    expect(dueTransitions(state({ close: true, draw: true, lapse: true, ledger: true, forfeit: true }), taipei("2020-05-01"))).toEqual([]);
  });
});
