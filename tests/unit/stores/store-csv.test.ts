import { describe, expect, it } from "vitest";
import { readStoreCsv, STORE_CSV_COLUMNS, type CentreDirectory } from "@/lib/stores/store-csv";

const CENTRES: CentreDirectory = [
  { id: "0196f3a0-7c1e-7000-8000-000000000001", chainId: "7-ELEVEN", name: "7-ELEVEN 北區物流中心（桃園大園）", region: "north" },
  { id: "0196f3a0-7c1e-7000-8000-000000000002", chainId: "OKMART", name: "OK超商 南區物流中心（臺南仁德）", region: "south" },
];
const HEADER = STORE_CSV_COLUMNS.join(",");
const good = (code: string, chain = "7-ELEVEN", centre = "north") => `${code},${chain},信義門市,Xinyi Store,臺北市,信義區,110,臺北市信義區松仁路100號,${centre}`;

describe("issue 10 item 2: reading a stores CSV", () => {
  it("issue 10 item 2: a clean file gives every row, with its logistics centre found by region or by name", () => {
    const csv = [HEADER, good("S7900001"), good("ok900002", "okmart", "OK超商 南區物流中心（臺南仁德）"), `S7900003,7-ELEVEN,"店, 有逗號",Comma Store,臺北市,信義區,11049,"地址 ""引號""",north`].join("\r\n");
    const read = readStoreCsv(`\uFEFF${csv}\n`, CENTRES);
    expect(read).toMatchObject({ ok: true });
    if (!read.ok) return;
    expect(read.rows.map((r) => [r.code, r.chainId, r.logisticsCentreId.slice(-1)])).toEqual([["S7900001", "7-ELEVEN", "1"], ["OK900002", "OKMART", "2"], ["S7900003", "7-ELEVEN", "1"]]);
    expect(read.rows[2]).toMatchObject({ name: "店, 有逗號", address: '地址 "引號"', postalCode: "11049" });
  });

  it("issue 10 item 2: every bad row is reported with its line number and column, and no row is returned", () => {
    const csv = [
      HEADER,
      good("S7900001"),
      good("S7900002", "CIRCLEK"), // line 3: unknown chain
      "S7900003,7-ELEVEN,,Name,臺北市,信義區,110,地址,north", // line 4: name missing
      good("S7900001"), // line 5: duplicate code
      "S7900005,7-ELEVEN,店,Store,臺北市,信義區,1a0,地址,north", // line 6: postal code
      good("S7900006", "OKMART", "north"), // line 7: OK mart has no northern centre here
      "S7900007,7-ELEVEN,店", // line 8: too few columns
      "S79 BAD,7-ELEVEN,店,Store,臺北市,信義區,110,地址,north", // line 9: bad code
    ].join("\n");
    expect(readStoreCsv(csv, CENTRES)).toEqual({
      ok: false,
      errors: [
        { line: 3, column: "chain", code: "BAD_CHAIN" },
        { line: 4, column: "name", code: "REQUIRED" },
        { line: 5, column: "code", code: "DUPLICATE" },
        { line: 6, column: "postal_code", code: "BAD_POSTAL" },
        { line: 7, column: "logistics_centre", code: "UNKNOWN_CENTRE" },
        { line: 8, code: "COLUMNS" },
        { line: 9, column: "code", code: "BAD_CODE" },
      ],
    });
  });

  it("issue 10 item 2: a wrong header, an empty file and broken quoting are refused with a line", () => {
    expect(readStoreCsv("", CENTRES)).toEqual({ ok: false, errors: [{ line: 1, code: "EMPTY" }] });
    expect(readStoreCsv(`${HEADER}\n`, CENTRES)).toEqual({ ok: false, errors: [{ line: 2, code: "EMPTY" }] });
    expect(readStoreCsv(`code,name\n${good("S1")}`, CENTRES)).toEqual({ ok: false, errors: [{ line: 1, code: "HEADER" }] });
    expect(readStoreCsv(`${HEADER}\n${good("S1")}\nS2,"7-ELEVEN,x\n`, CENTRES)).toMatchObject({ ok: false, errors: [{ code: "PARSE" }] });
  });

  it("issue 10 item 2: ten thousand rows are read in under two seconds", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => good(`S7${String(i).padStart(6, "0")}`));
    const started = performance.now();
    const read = readStoreCsv([HEADER, ...rows].join("\n"), CENTRES);
    expect(read.ok && read.rows.length).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
