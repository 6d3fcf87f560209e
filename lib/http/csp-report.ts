import { appendFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { standinDir } from "@/lib/identity/standins/dir";

/**
 * Content-Security-Policy violation reports (`report-uri /api/csp-report`, D55). A browser posts one
 * when the policy blocks something: in a deployment that is either an attack or a page our policy
 * breaks, so it is logged for the operator. In local use each report is also appended to
 * .data/standins/<database>/csp/reports.jsonl, which the e2e run checks is empty at its end — so a
 * page of any spec that trips the policy fails the run.
 */
export const MAX_REPORT_BYTES = 16_384;

const text = z.string().max(2048).optional();
export const cspReportSchema = z.object({
  "csp-report": z.object({
    "document-uri": text,
    "violated-directive": text,
    "effective-directive": text,
    "blocked-uri": text,
    "source-file": text,
    "line-number": z.number().int().optional(),
  }),
});

export type CspViolation = { document: string; directive: string; blocked: string; source: string };

const INVALID = new AppError("VALIDATION", "VALIDATION", { "zh-TW": "報告格式不正確。", en: "The report is not valid." });

/** The fields worth keeping from a raw report body; bad JSON, wrong shape or too big → 422. */
export function parseCspReport(raw: string): CspViolation {
  if (raw.length > MAX_REPORT_BYTES) throw INVALID;
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw INVALID;
  }
  const parsed = cspReportSchema.safeParse(body);
  if (!parsed.success) throw INVALID;
  const r = parsed.data["csp-report"];
  const cut = (s: string | undefined) => (s ?? "").slice(0, 200);
  return {
    document: cut(r["document-uri"]),
    directive: cut(r["effective-directive"] ?? r["violated-directive"]),
    blocked: cut(r["blocked-uri"]),
    source: r["source-file"] ? `${cut(r["source-file"])}:${r["line-number"] ?? "?"}` : "",
  };
}

export function recordCspViolation(v: CspViolation): void {
  console.warn(`[csp] violation: ${v.directive} blocked ${v.blocked || "(inline)"} on ${v.document} ${v.source}`.trim());
  if (env().local) appendFileSync(path.join(standinDir("csp"), "reports.jsonl"), `${JSON.stringify({ ...v, at: new Date().toISOString() })}\n`);
}
