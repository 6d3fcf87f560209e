import { describe, expect, it } from "vitest";
import { parseAnswers } from "@/lib/identity/chooser/answers";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";

describe("the chooser's query (works without JavaScript)", () => {
  it("no answers: the empty questionnaire", () => {
    expect(parseAnswers({})).toEqual({ state: "empty" });
    expect(parseAnswers({ next: "/me" })).toEqual({ state: "empty" });
  });

  it("issue 9 item 6: submitted with nothing chosen (asked=1) is incomplete, every question named; a first visit is not", () => {
    expect(parseAnswers({ asked: "1" })).toEqual({ state: "incomplete", missing: ["national", "own", "reader", "cert", "prefer"], given: {} });
    expect(parseAnswers({ asked: "1", next: "/me" })).toMatchObject({ state: "incomplete", missing: ["national", "own", "reader", "cert", "prefer"] });
    expect(parseAnswers({ asked: ["1", "1"], national: "maybe" })).toMatchObject({ state: "incomplete", missing: ["national", "own", "reader", "cert", "prefer"] });
    expect(parseAnswers({ next: "/me" })).toEqual({ state: "empty" });
  });

  it("issue 9 item 6: submitted with some answered, only the unanswered ones are named (a foreign resident's skippable ones are not)", () => {
    expect(parseAnswers({ asked: "1", national: "yes", prefer: "phone" })).toMatchObject({ state: "incomplete", missing: ["own", "reader", "cert"], given: { national: "yes", prefer: "phone" } });
    expect(parseAnswers({ asked: "1", national: "no" })).toMatchObject({ state: "incomplete", missing: ["reader", "prefer"] });
    expect(parseAnswers({ asked: "1", national: "no", reader: "yes", prefer: "computer" })).toMatchObject({ state: "complete" });
  });

  it("a national must answer all five questions; the missing ones are named", () => {
    expect(parseAnswers({ national: "yes", reader: "no" })).toMatchObject({ state: "incomplete", missing: ["own", "cert", "prefer"] });
  });

  it("I8: a foreign resident may skip the own-number and certificate questions, and saying yes to them counts for nothing", () => {
    const r = parseAnswers({ national: "no", reader: "yes", prefer: "phone", own: "yes", cert: "yes" });
    expect(r).toMatchObject({ state: "complete", answers: { national: false, ownMonthlyNumber: false, citizenCert: false, cardReader: true, prefer: "phone" } });
  });

  it("complete answers become booleans; unknown values are ignored as if not given", () => {
    expect(parseAnswers({ national: "yes", own: "yes", reader: "no", cert: "no", prefer: "computer" })).toMatchObject({
      state: "complete",
      answers: { national: true, ownMonthlyNumber: true, cardReader: false, citizenCert: false, prefer: "computer" },
    });
    expect(parseAnswers({ national: "maybe", own: "yes", reader: "no", cert: "no", prefer: "tablet" })).toMatchObject({
      state: "incomplete",
      missing: ["national", "prefer"],
    });
  });

  it("a repeated parameter counts once (its first value)", () => {
    expect(parseAnswers({ national: ["no", "yes"], reader: "no", prefer: "phone" })).toMatchObject({ state: "complete", answers: { national: false } });
  });

  it("?next= passes only same-site paths, and is handed on to the way's link", () => {
    expect(safeNextPath("/me")).toBe("/me");
    expect(safeNextPath("//evil.example/x")).toBeNull();
    expect(safeNextPath("/\\evil.example")).toBeNull();
    expect(safeNextPath("https://evil.example")).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
    expect(withNext("/app/phone", "/me")).toBe("/app/phone?next=%2Fme");
    expect(withNext("/verify?x=1", "/order?a=b")).toBe("/verify?x=1&next=%2Forder%3Fa%3Db");
    expect(withNext("/app/phone", null)).toBe("/app/phone");
  });
});
