import { describe, expect, it } from "vitest";
import { countsFrom, emptyCounts, funnel, totalOf } from "@/lib/console/figures";
import { drawConsoleState, type DrawConsoleRound } from "@/lib/console/draw-rules";
import { detailLines, fromTaipeiInput, taipeiDateTime } from "@/lib/console/audit-view";
import { consoleTexts } from "@/lib/console/texts";
import { nineAmTaipei, ROUND_2020 } from "@/lib/seed/factories";

describe("issue 10 item 3: order figures", () => {
  it("issue 10 item 3: the funnel counts every order once as ordered, and drawn/paid/collected by how far it came (R2, R3, R5)", () => {
    const c = countsFrom([
      { status: "PLACED", n: 1 }, { status: "SELECTED", n: 2 }, { status: "NOT_SELECTED", n: 30 }, { status: "PAID", n: 4 },
      { status: "LAPSED", n: 5 }, { status: "PICKED_UP", n: 6 }, { status: "FORFEITED", n: 7n },
    ]);
    expect(totalOf(c)).toBe(55);
    // R5 forfeits only paid orders, so a forfeited one was drawn and paid; a lapsed one was drawn, never paid.
    expect(funnel(c)).toEqual({ ordered: 55, drawn: 2 + 4 + 5 + 6 + 7, paid: 4 + 6 + 7, collected: 6 });
    expect(funnel(emptyCounts())).toEqual({ ordered: 0, drawn: 0, paid: 0, collected: 0 });
  });

  it("issue 10 item 3: an unknown status is refused, not silently dropped", () => {
    expect(() => countsFrom([{ status: "SHIPPED", n: 1 }])).toThrow(RangeError);
  });
});

const round = (over: Partial<DrawConsoleRound> = {}): DrawConsoleRound => ({
  orderClosesOn: ROUND_2020.orderClosesOn, resultsOn: ROUND_2020.resultsOn, paymentDeadline: ROUND_2020.paymentDeadline,
  pickupStart: ROUND_2020.pickupStart, pickupEnd: ROUND_2020.pickupEnd,
  closedAt: null, drawnAt: null, notifiedAt: null, lapsedAt: null, ledgeredAt: null, forfeitedAt: null, batches: { total: 0, done: 0 }, ...over,
});
const at = (day: string) => nineAmTaipei(day);

describe("issue 10 item 4: when the console may draw (D142)", () => {
  it("issue 10 item 4: not while ordering is open (3/18 is the last day); from 3/19 — or once closed — it may, before the results job", () => {
    expect(drawConsoleState(round(), at("2020-03-18")).draw).toEqual({ allowed: false, reason: "ORDERING_OPEN" });
    expect(drawConsoleState(round(), at("2020-03-19")).draw).toEqual({ allowed: true });
    expect(drawConsoleState(round({ closedAt: at("2020-03-19") }), at("2020-03-19")).phase).toBe("closed");
  });

  it("issue 10 item 4: a drawn round cannot be drawn again; its notices can be sent; batches show progress while drawing", () => {
    const drawing = drawConsoleState(round({ closedAt: at("2020-03-19"), batches: { total: 4, done: 1 } }), at("2020-03-19"));
    expect(drawing).toMatchObject({ phase: "drawing", draw: { allowed: true }, publish: false, progress: { done: 1, total: 4 } });
    const drawn = drawConsoleState(round({ closedAt: at("2020-03-19"), drawnAt: at("2020-03-19"), batches: { total: 4, done: 4 } }), at("2020-03-20"));
    expect(drawn).toMatchObject({ phase: "drawn", draw: { allowed: false, reason: "ALREADY_DRAWN" }, publish: true });
  });

  it("issue 10 item 4: lapses (R3) and forfeits (R5) are offered only once due", () => {
    const drawn = { closedAt: at("2020-03-19"), drawnAt: at("2020-03-19") };
    expect(drawConsoleState(round(drawn), at("2020-03-25")).due).toEqual([]); // deadline day: still payable
    expect(drawConsoleState(round(drawn), at("2020-03-26")).due).toEqual(["lapse", "ledger"]);
    expect(drawConsoleState(round({ ...drawn, lapsedAt: at("2020-03-26"), ledgeredAt: at("2020-03-26") }), at("2020-04-02")).due).toEqual(["forfeit"]);
  });
});

describe("issue 10 item 6: the audit log as people read it", () => {
  it("issue 10 item 6: times are Taipei wall time, and typed Taipei times are read back as the same instant", () => {
    expect(taipeiDateTime(new Date("2020-03-12T01:00:05Z"))).toBe("2020-03-12 09:00:05");
    expect(taipeiDateTime(new Date("2020-03-11T16:30:00Z"))).toBe("2020-03-12 00:30:00"); // the next Taipei day
    expect(fromTaipeiInput("2020-03-12T09:00")?.toISOString()).toBe("2020-03-12T01:00:00.000Z");
    expect(fromTaipeiInput("2020-02-30T09:00")).toBeUndefined();
    expect(fromTaipeiInput("yesterday")).toBeUndefined();
  });

  it("issue 10 item 6: details become key: value lines, nested keys joined, instants in Taipei time", () => {
    expect(detailLines({ ran: ["lapse", "ledger"], result: { sent: 3 }, to: "2020-03-19T01:00:00.000Z", none: null })).toEqual([
      ["ran.1", "lapse"], ["ran.2", "ledger"], ["result.sent", "3"], ["to", "2020-03-19 09:00:00 (臺北 Taipei)"], ["none", "—"],
    ]);
    expect(detailLines(null)).toEqual([]);
  });
});

function leaves(v: unknown, path = ""): string[] {
  if (typeof v === "object" && v !== null) return Object.entries(v).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
  return [`${path}:${typeof v}`];
}

describe("issue 10 item 9 (part B's texts): the console speaks both languages", () => {
  it("issue 10: every console text exists in zh-TW and English, none empty, none bilingual side by side", () => {
    expect(leaves(consoleTexts.en).sort()).toEqual(leaves(consoleTexts["zh-TW"]).sort());
    const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : typeof v === "object" && v ? Object.values(v).flatMap(strings) : []);
    for (const s of strings(consoleTexts["zh-TW"])) expect(s.trim()).not.toBe("");
    // English texts carry no Chinese characters (and so no "中文 English" pairs).
    for (const s of strings(consoleTexts.en)) expect(s).not.toMatch(/\p{Script=Han}/u);
  });
});
