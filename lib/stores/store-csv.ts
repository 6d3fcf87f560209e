/**
 * Issue 10 item 2: a stores CSV, read and checked row by row — pure (the known logistics centres
 * are passed in), so every refusal is a unit test. Nothing is imported unless every row is right
 * (lib/stores/import-stores.ts); each error names its line in the file (1 = the header), its
 * column and what is wrong, so the admin fixes the file and sends it again.
 *
 * Parsing is csv-parse's (RFC 4180: quoted fields, embedded commas, quotes and line breaks, BOM).
 */
import { parse, CsvError } from "csv-parse/sync";

export const STORE_CSV_COLUMNS = ["code", "chain", "name", "name_en", "county", "town", "postal_code", "address", "logistics_centre"] as const;
export type StoreCsvColumn = (typeof STORE_CSV_COLUMNS)[number];
export const CHAIN_CODES = ["7-ELEVEN", "FAMILYMART", "HILIFE", "OKMART"] as const;
export const MAX_STORE_ROWS = 20_000;

export type StoreRow = {
  code: string; chainId: string; name: string; nameEn: string; county: string; town: string;
  postalCode: string; address: string; logisticsCentreId: string;
};
export type StoreCsvErrorCode =
  | "EMPTY" | "PARSE" | "HEADER" | "COLUMNS" | "TOO_MANY" | "REQUIRED" | "TOO_LONG"
  | "BAD_CODE" | "BAD_CHAIN" | "BAD_POSTAL" | "UNKNOWN_CENTRE" | "DUPLICATE";
export type StoreCsvError = { line: number; column?: StoreCsvColumn; code: StoreCsvErrorCode };

/** A chain's logistics centres, found by name or by region ("north", "central", "south", "east"). */
export type CentreDirectory = ReadonlyArray<{ id: string; chainId: string; name: string; region: string }>;

const MAX_LENGTH: Record<StoreCsvColumn, number> = {
  code: 16, chain: 16, name: 100, name_en: 100, county: 10, town: 10, postal_code: 6, address: 200, logistics_centre: 100,
};
/** Errors listed at most: past this the file needs fixing at its source, not line by line. */
const MAX_ERRORS = 200;

export function readStoreCsv(text: string, centres: CentreDirectory): { ok: true; rows: StoreRow[] } | { ok: false; errors: StoreCsvError[] } {
  if (text.trim() === "") return { ok: false, errors: [{ line: 1, code: "EMPTY" }] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, trim: true, skip_empty_lines: true, relax_column_count: true, max_record_size: 4096 }) as never;
  } catch (e) {
    const line = e instanceof CsvError && typeof (e as { lines?: number }).lines === "number" ? (e as unknown as { lines: number }).lines : 1;
    return { ok: false, errors: [{ line, code: "PARSE" }] };
  }
  const [header, ...body] = records;
  const names = header!.record.map((h) => h.toLowerCase());
  if (names.length !== STORE_CSV_COLUMNS.length || STORE_CSV_COLUMNS.some((c, i) => names[i] !== c)) {
    return { ok: false, errors: [{ line: header!.info.lines, code: "HEADER" }] };
  }
  if (body.length > MAX_STORE_ROWS) return { ok: false, errors: [{ line: body[MAX_STORE_ROWS]!.info.lines, code: "TOO_MANY" }] };
  if (body.length === 0) return { ok: false, errors: [{ line: 2, code: "EMPTY" }] };

  const centreKey = (chain: string, key: string) => `${chain}\u0000${key}`;
  const centreIds = new Map<string, string>();
  for (const c of centres) {
    centreIds.set(centreKey(c.chainId, c.name), c.id);
    centreIds.set(centreKey(c.chainId, c.region.toLowerCase()), c.id);
  }

  const errors: StoreCsvError[] = [];
  const rows: StoreRow[] = [];
  const seen = new Set<string>();
  for (const { record, info } of body) {
    if (errors.length >= MAX_ERRORS) break;
    const line = info.lines;
    if (record.length !== STORE_CSV_COLUMNS.length) {
      errors.push({ line, code: "COLUMNS" });
      continue;
    }
    const v = Object.fromEntries(STORE_CSV_COLUMNS.map((c, i) => [c, record[i]!])) as Record<StoreCsvColumn, string>;
    const rowErrors: StoreCsvError[] = [];
    for (const c of STORE_CSV_COLUMNS) {
      if (v[c] === "") rowErrors.push({ line, column: c, code: "REQUIRED" });
      else if (v[c].length > MAX_LENGTH[c]) rowErrors.push({ line, column: c, code: "TOO_LONG" });
    }
    const bad = (column: StoreCsvColumn) => rowErrors.some((e) => e.column === column);
    const code = v.code.toUpperCase();
    const chain = v.chain.toUpperCase();
    if (!bad("code") && !/^[A-Z0-9][A-Z0-9-]{0,15}$/.test(code)) rowErrors.push({ line, column: "code", code: "BAD_CODE" });
    if (!bad("chain") && !(CHAIN_CODES as readonly string[]).includes(chain)) rowErrors.push({ line, column: "chain", code: "BAD_CHAIN" });
    if (!bad("postal_code") && !/^\d{3}(\d{2,3})?$/.test(v.postal_code)) rowErrors.push({ line, column: "postal_code", code: "BAD_POSTAL" });
    const centreId = centreIds.get(centreKey(chain, v.logistics_centre)) ?? centreIds.get(centreKey(chain, v.logistics_centre.toLowerCase()));
    if (!bad("logistics_centre") && !bad("chain") && !centreId) rowErrors.push({ line, column: "logistics_centre", code: "UNKNOWN_CENTRE" });
    if (!bad("code") && seen.has(code)) rowErrors.push({ line, column: "code", code: "DUPLICATE" });
    seen.add(code);
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({ code, chainId: chain, name: v.name, nameEn: v.name_en, county: v.county, town: v.town, postalCode: v.postal_code, address: v.address, logisticsCentreId: centreId! });
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, rows };
}
