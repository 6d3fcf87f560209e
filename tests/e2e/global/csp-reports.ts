import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";
import { e2eDatabaseUrl } from "../helpers/db";

/**
 * Issue 7 item 6: the whole e2e run must trip no Content-Security-Policy. The e2e server records
 * every violation report browsers send it (lib/http/csp-report.ts); the run starts with none and
 * fails at its end if any arrived, naming them — whichever spec's page caused it.
 */
const reportsFile = () => path.join(standinDir("csp", e2eDatabaseUrl()), "reports.jsonl");

export function clearCspReports(): void {
  rmSync(reportsFile(), { force: true });
}

export function assertNoCspReports(): void {
  const file = reportsFile();
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
  if (lines.length) throw new Error(`issue 7 item 6: ${lines.length} Content-Security-Policy violation(s) in the e2e run:\n${lines.join("\n")}`);
}

