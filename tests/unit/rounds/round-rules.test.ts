import { describe, expect, it } from "vitest";
import { calendarErrors, opensAt, roundErrors, type RoundDraft } from "@/lib/rounds/round-rules";
import { parseRoundForm } from "@/lib/rounds/round-schemas";

// The 2020 round (docs/domain.md, R1) as a draft.
const R2020: RoundDraft = {
  name: "第 1 輪", product: "ADULT_MASK", masksPerOrder: 3, unitPrice: 5, fee: 7, adultAge: 12,
  orderOpensOn: "2020-03-12", orderOpensTime: "09:00", orderClosesOn: "2020-03-18", resultsOn: "2020-03-19",
  paymentDeadline: "2020-03-25", pickupStart: "2020-03-26", pickupEnd: "2020-04-01",
};
const BEFORE_OPENING = new Date("2020-03-01T00:00:00+08:00");
const AFTER_OPENING = new Date("2020-03-12T09:00:00+08:00");

describe("issue 10 item 1: round calendar and edit rules (R1)", () => {
  it("issue 10 item 1: the 2020 calendar is valid, and a round may be created before it opens", () => {
    expect(calendarErrors(R2020)).toEqual({});
    expect(roundErrors(R2020, null, BEFORE_OPENING)).toEqual({});
  });

  it("issue 10 item 1: ordering opens at its day and time in Taipei", () => {
    expect(opensAt(R2020).toISOString()).toBe("2020-03-12T01:00:00.000Z");
  });

  it("issue 10 item 1: window before results, results before deadline, deadline before pickup — each break on its later field", () => {
    expect(calendarErrors({ ...R2020, resultsOn: "2020-03-18" })).toEqual({ resultsOn: { code: "NOT_AFTER", other: "orderClosesOn" } });
    expect(calendarErrors({ ...R2020, paymentDeadline: "2020-03-18" })).toEqual({
      paymentDeadline: { code: "BEFORE", other: "resultsOn" },
    });
    expect(calendarErrors({ ...R2020, pickupStart: "2020-03-25" })).toEqual({ pickupStart: { code: "NOT_AFTER", other: "paymentDeadline" } });
    expect(calendarErrors({ ...R2020, orderClosesOn: "2020-03-11" })).toEqual({ orderClosesOn: { code: "BEFORE", other: "orderOpensOn" } });
    expect(calendarErrors({ ...R2020, pickupEnd: "2020-03-25" })).toEqual({ pickupEnd: { code: "BEFORE", other: "pickupStart" } });
    // Equal days are allowed where the chain is not strict (a one-day window, results = deadline).
    expect(calendarErrors({ ...R2020, orderClosesOn: "2020-03-12", paymentDeadline: "2020-03-19", pickupEnd: "2020-03-26" })).toEqual({});
  });

  it("issue 10 item 1: several breaks are all reported, by field", () => {
    const errors = calendarErrors({ ...R2020, resultsOn: "2020-03-10", pickupStart: "2020-03-20" });
    expect(Object.keys(errors).sort()).toEqual(["pickupStart", "resultsOn"]);
  });

  it("issue 10 item 1: a round cannot open in the past", () => {
    expect(roundErrors(R2020, null, AFTER_OPENING)).toEqual({ orderOpensOn: { code: "IN_PAST" } });
  });

  it("issue 10 item 1 (O1, O4, R2, S2): once ordering opened, only the name may change", () => {
    const changed = { ...R2020, name: "第 1 輪（更名）", unitPrice: 6, adultAge: 18, pickupStart: "2020-03-27" };
    expect(roundErrors(changed, R2020, AFTER_OPENING)).toEqual({ unitPrice: { code: "LOCKED" }, adultAge: { code: "LOCKED" }, pickupStart: { code: "LOCKED" } });
    expect(roundErrors({ ...R2020, name: "第 1 輪（更名）" }, R2020, AFTER_OPENING)).toEqual({});
    // Before opening, everything may change (as long as the calendar holds).
    expect(roundErrors(changed, R2020, BEFORE_OPENING)).toEqual({});
  });

  it("issue 10 item 1: a form that does not parse is refused on the fields at fault only", () => {
    const form = Object.fromEntries(Object.entries(R2020).map(([k, v]) => [k, String(v)]));
    expect(parseRoundForm(form)).toMatchObject({ ok: true, draft: R2020 });
    const bad = parseRoundForm({ ...form, unitPrice: "five", resultsOn: "2020-02-30", orderOpensTime: "25:00", name: "" });
    expect(bad).toEqual({ ok: false, errors: { unitPrice: { code: "INVALID" }, resultsOn: { code: "INVALID" }, orderOpensTime: { code: "INVALID" }, name: { code: "INVALID" } } });
    expect(parseRoundForm({ ...form, name: "a\u0000b" })).toMatchObject({ ok: false, errors: { name: { code: "INVALID" } } });
  });
});
