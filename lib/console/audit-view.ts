/**
 * The audit log as people read it (issue 10 item 6): times in Taipei, details as "key: value"
 * lines instead of raw JSON, filters from the search form. Pure; audit-search.ts queries.
 */
export type AuditFilter = { actor?: string; action?: string; subject?: string; from?: Date; to?: Date };

/** An instant as Taipei wall time "2020-03-12 09:00:05" (no daylight saving since 1980: +8 h exact). */
export function taipeiDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** A `datetime-local` value typed as Taipei time ("2020-03-12T09:00") → the instant; null if not one. */
export function fromTaipeiInput(v: string | undefined): Date | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return undefined;
  const wall = v.length === 16 ? `${v}:00` : v;
  const d = new Date(`${wall}+08:00`);
  // JS rolls "02-30" over to "03-01": only a date that reads back the same is one.
  return Number.isNaN(d.getTime()) || taipeiDateTime(d) !== wall.replace("T", " ") ? undefined : d;
}

/** Details flattened to readable lines: nested keys joined with ".", arrays by index, values as text. */
export function detailLines(details: unknown, prefix = ""): [string, string][] {
  if (details === null || details === undefined) return prefix ? [[prefix, "—"]] : [];
  if (Array.isArray(details)) {
    if (details.length === 0) return [[prefix || "·", "—"]];
    return details.flatMap((v, i) => detailLines(v, prefix ? `${prefix}.${i + 1}` : String(i + 1)));
  }
  if (typeof details === "object") {
    const entries = Object.entries(details as Record<string, unknown>);
    if (entries.length === 0) return prefix ? [[prefix, "—"]] : [];
    return entries.flatMap(([k, v]) => detailLines(v, prefix ? `${prefix}.${k}` : k));
  }
  const text = typeof details === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(details) ? `${taipeiDateTime(new Date(details))} (臺北 Taipei)` : String(details);
  return [[prefix || "·", text]];
}
