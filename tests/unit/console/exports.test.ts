import { describe, expect, it } from "vitest";
import { attachment, csvCell, csvLine } from "@/lib/exports/csv";
import { reconcile } from "@/lib/exports/reconcile";
import { etagOf, matchesEtag, openDataCsv } from "@/lib/open-data/supply-demand";

describe("issue 10 item 5: CSV", () => {
  it("issue 10 item 5: quotes what needs quoting, ends lines in CRLF, keeps numbers as numbers", () => {
    expect(csvLine(["a", 'say "hi"', "x,y", "two\nlines", 22, null, true])).toBe('a,"say ""hi""","x,y","two\nlines",22,,true\r\n');
  });

  it("issue 10 item 5: a text cell that a spreadsheet would run as a formula is shown as text (CSV injection)", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+886")).toBe("'+886");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe("-5"); // a number is not a formula
  });

  it("issue 10 item 5: the download name has an ASCII fallback and the UTF-8 original", () => {
    expect(attachment("pick-list-第一輪.csv")).toBe(`attachment; filename="pick-list-___.csv"; filename*=UTF-8''pick-list-${encodeURIComponent("第一輪")}.csv`);
  });
});

describe("issue 10 item 5: payment reconciliation (R3)", () => {
  it.each([
    [{ status: "PAID", total: 22, paidAmount: 22, paidCount: 1 }, "OK"],
    [{ status: "PICKED_UP", total: 22, paidAmount: 22, paidCount: 1 }, "OK"],
    [{ status: "SELECTED", total: 22, paidAmount: 0, paidCount: 0 }, "AWAITING"],
    [{ status: "LAPSED", total: 22, paidAmount: 0, paidCount: 0 }, "UNPAID"],
    [{ status: "LAPSED", total: 22, paidAmount: 22, paidCount: 1 }, "PAID_NOT_RECORDED"],
    [{ status: "PAID", total: 22, paidAmount: 0, paidCount: 0 }, "RECORDED_NOT_PAID"],
    [{ status: "PAID", total: 22, paidAmount: 15, paidCount: 1 }, "SHORT"],
    [{ status: "PAID", total: 22, paidAmount: 30, paidCount: 1 }, "OVERPAID"],
    [{ status: "PAID", total: 22, paidAmount: 44, paidCount: 2 }, "DOUBLE"],
  ] as const)("issue 10 item 5: %o → %s", (input, result) => {
    expect(reconcile(input)).toBe(result);
  });
});

describe("issue 10 item 8: open data", () => {
  it("issue 10 item 8: the ETag follows the body, and If-None-Match matches it (also weak or in a list)", () => {
    const e = etagOf("body");
    expect(e).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf("body")).toBe(e);
    expect(etagOf("body2")).not.toBe(e);
    expect(matchesEtag(e, e)).toBe(true);
    expect(matchesEtag(`"other", W/${e}`, e)).toBe(true);
    expect(matchesEtag(`"other"`, e)).toBe(false);
    expect(matchesEtag(null, e)).toBe(false);
  });

  it("issue 10 item 8: the CSV holds store figures and nothing personal", () => {
    const csv = openDataCsv({
      round: { id: "r", name: "R1", orderOpensOn: "2020-03-12", orderClosesOn: "2020-03-18", pickupStart: "2020-03-26", pickupEnd: "2020-04-01" },
      generatedFor: "2020-03-13",
      stores: [{ code: "S1", chain: "7-ELEVEN", name: "門市", nameEn: "Store", county: "臺北市", town: "信義區", address: "路1號", supply: 10, demand: 12 }],
    });
    expect(csv.split("\r\n")).toEqual(["\uFEFFround,store_code,chain,store_name,store_name_en,county,town,address,supply_packs,orders", "R1,S1,7-ELEVEN,門市,Store,臺北市,信義區,路1號,10,12", ""]);
  });
});
