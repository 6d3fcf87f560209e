import { describe, expect, it } from "vitest";
import { completeIdNumber, orderRefusal, orderingOpen, pharmacySaleCheck, pickupCheck, pickupDocumentMatches } from "@/lib/rules";

const OPENS = new Date("2020-03-12T01:00:00Z"); // 09:00 Taipei
const at = (iso: string) => new Date(iso);
const round = { orderOpensAt: OPENS, orderClosesOn: "2020-03-18", adultAge: 12 };
const adult = { birthDate: "1980-05-05" };

describe("R1: the order window", () => {
  it("R1: opens at 09:00 Taipei on the first day, not a minute before", () => {
    expect(orderingOpen(OPENS, "2020-03-18", at("2020-03-12T00:59:59Z"))).toBe(false);
    expect(orderingOpen(OPENS, "2020-03-18", at("2020-03-12T01:00:00Z"))).toBe(true);
  });

  it("R1: stays open to the end of the closing day in Taipei (23:59:59 +08:00) and closes at midnight", () => {
    expect(orderingOpen(OPENS, "2020-03-18", at("2020-03-18T15:59:59Z"))).toBe(true);
    expect(orderingOpen(OPENS, "2020-03-18", at("2020-03-18T16:00:00Z"))).toBe(false);
  });

  it("R1/O1: says why an order is refused: not open yet, closed, or a child", () => {
    expect(orderRefusal(round, adult, at("2020-03-11T12:00:00Z"))).toBe("WINDOW_NOT_OPEN");
    expect(orderRefusal(round, adult, at("2020-03-19T00:00:00Z"))).toBe("WINDOW_CLOSED");
    expect(orderRefusal(round, { birthDate: "2010-01-01" }, at("2020-03-13T00:00:00Z"))).toBe("NOT_ADULT");
    expect(orderRefusal(round, adult, at("2020-03-13T00:00:00Z"))).toBeNull();
  });

  it("O1: a person turning 12 during the window may order from their birthday on (Taipei day)", () => {
    const child = { birthDate: "2008-03-15" };
    expect(orderRefusal(round, child, at("2020-03-14T15:59:59Z"))).toBe("NOT_ADULT"); // 3/14 23:59 Taipei
    expect(orderRefusal(round, child, at("2020-03-14T16:00:00Z"))).toBeNull(); // 3/15 00:00 Taipei
  });
});

describe("R4, R5, S2, S3: pickup days", () => {
  it("S2/R4: pickup from day 1 of the window to its last day", () => {
    expect(pickupCheck("2020-03-26", "2020-04-01", [], "2020-03-26")).toEqual({ ok: true, purchaseDay: "2020-03-26" });
    expect(pickupCheck("2020-03-26", "2020-04-01", [], "2020-04-01")).toEqual({ ok: true, purchaseDay: "2020-03-26" });
  });

  it("S3: after a pharmacy purchase on 3/22 the clerk refuses before 3/29 and says from which day", () => {
    expect(pickupCheck("2020-03-26", "2020-04-01", ["2020-03-22"], "2020-03-27")).toEqual({ ok: false, code: "TOO_EARLY", from: "2020-03-29" });
    expect(pickupCheck("2020-03-26", "2020-04-01", ["2020-03-22"], "2020-03-29")).toEqual({ ok: true, purchaseDay: "2020-03-29" });
  });

  it("R5: after the window it is too late", () => {
    expect(pickupCheck("2020-03-26", "2020-04-01", [], "2020-04-02")).toEqual({ ok: false, code: "TOO_LATE" });
    expect(pickupCheck("2020-03-26", "2020-04-01", [], "2020-03-25")).toEqual({ ok: false, code: "TOO_EARLY", from: "2020-03-26" });
  });
});

describe("O2, S1, S3, S4: pharmacy sales", () => {
  const odd = completeIdNumber("A12345678"); // last digit decides: computed below
  const last = Number(odd.slice(-1));
  // 2020-03-16 is a Monday (odd days), 2020-03-17 a Tuesday (even days), 2020-03-22 a Sunday.
  const ownDay = last % 2 === 1 ? "2020-03-16" : "2020-03-17";
  const otherDay = last % 2 === 1 ? "2020-03-17" : "2020-03-16";
  const base = { idNumber: odd, purchaseDays: [], pharmacyDays: [], pendingOnline: [] };

  it("O2: refuses on the other parity's day, allows on its own day and on Sunday", () => {
    expect(pharmacySaleCheck({ ...base, day: otherDay })).toEqual({ ok: false, code: "NOT_TODAY" });
    expect(pharmacySaleCheck({ ...base, day: ownDay })).toEqual({ ok: true });
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22" })).toEqual({ ok: true });
  });

  it("S1: refuses within 7 days of the last purchase, naming the day it becomes possible", () => {
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22", purchaseDays: ["2020-03-16"] })).toEqual({ ok: false, code: "TOO_SOON", from: "2020-03-23" });
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22", purchaseDays: ["2020-03-15"] })).toEqual({ ok: true });
  });

  it("S3/S4: a pending online order does not stop a pharmacy purchase before its pickup window", () => {
    const pending = [{ pickupStart: "2020-03-26", pickupEnd: "2020-04-01", paid: true }];
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22", pendingOnline: pending })).toEqual({ ok: true });
  });

  it("S3 guard: refuses a purchase that would push a pending order past its pickup window", () => {
    const shortWindow = [{ pickupStart: "2020-03-26", pickupEnd: "2020-03-27", paid: true }];
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22", pendingOnline: shortWindow })).toEqual({
      ok: false,
      code: "PICKUP_WOULD_LAPSE",
      pickupEnd: "2020-03-27",
    });
  });
});

describe("S2 without the ledger job (issue 7 item 5)", () => {
  const odd = completeIdNumber("A12345678");
  const base = { idNumber: odd, purchaseDays: [], pharmacyDays: [] };
  // 2020-03-22 is a Sunday: every ID may buy at a pharmacy, so only S1/S2 decide.
  const window = { pickupStart: "2020-03-22", pickupEnd: "2020-03-28" };

  it("issue 7 item 5: S2 — a paid order counts from pickup day 1 even when the ledger has no row for it yet", () => {
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22", pendingOnline: [{ ...window, paid: true }] })).toEqual({ ok: false, code: "TOO_SOON", from: "2020-03-29" });
  });

  it("issue 7 item 5: S2 — it keeps counting later in the window, and stops mattering 7 days after its day", () => {
    expect(pharmacySaleCheck({ ...base, day: "2020-03-25", pendingOnline: [{ ...window, paid: true }] })).toMatchObject({ ok: false, code: "TOO_SOON" });
    expect(pharmacySaleCheck({ ...base, day: "2020-03-29", pendingOnline: [{ ...window, paid: true }] })).toEqual({ ok: true });
  });

  it("issue 7 item 5: S6 — an unpaid order whose window started counts as none", () => {
    expect(pharmacySaleCheck({ ...base, day: "2020-03-22", pendingOnline: [{ ...window, paid: false }] })).toEqual({ ok: true });
  });

  it("issue 7 item 5: S5 — its day is the one the job would write (moved by an earlier pharmacy purchase)", () => {
    // Pharmacy sale on 3/20 moves the order to 3/27; on 3/29 a sale is still within 7 days of 3/27.
    const r = pharmacySaleCheck({ ...base, day: "2020-03-29", purchaseDays: ["2020-03-20"], pharmacyDays: ["2020-03-20"], pendingOnline: [{ ...window, paid: true }] });
    expect(r).toEqual({ ok: false, code: "TOO_SOON", from: "2020-04-03" });
  });
});

describe("R4: the document shown at pickup", () => {
  const holder = { idNumber: "A123456789", nhiCardNumbers: ["000012345678"] };
  it("R4: the orderer's ID card or driver's licence (both carry the ID number), or their NHI card", () => {
    expect(pickupDocumentMatches("ID_CARD", "a123456789", holder)).toBe(true);
    expect(pickupDocumentMatches("DRIVERS_LICENSE", "A123456789", holder)).toBe(true);
    expect(pickupDocumentMatches("NHI_CARD", "0000 1234 5678", holder)).toBe(true);
  });
  it("R4: someone else's document, or a card number shown as an ID, is refused", () => {
    expect(pickupDocumentMatches("ID_CARD", "B123456789", holder)).toBe(false);
    expect(pickupDocumentMatches("NHI_CARD", "A123456789", holder)).toBe(false);
    expect(pickupDocumentMatches("ID_CARD", "000012345678", holder)).toBe(false);
  });
});
