import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * What the app exposes over HTTP, found from the source and the build — not from a list someone
 * must remember to update: every `app/**\/route.ts` and its exported methods, and every server
 * action in the build's server-reference manifest (with the page it is posted to).
 */
const ROOT = process.cwd();
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

export type RouteTarget = { key: string; method: string; pattern: string; file: string };
export type ActionTarget = { key: string; id: string; file: string; exportedName: string; page: string };

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** `app/api/orders/[id]/payments/route.ts` → `/api/orders/[id]/payments`; route groups `(x)` vanish. */
function urlPattern(file: string): string {
  const dir = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  return "/" + dir.filter((s) => !/^\(.*\)$/.test(s) && s !== "").join("/");
}

export function discoverRoutes(): RouteTarget[] {
  const files = walk(path.join(ROOT, "app")).filter((f) => /\/route\.(ts|tsx|js)$/.test(f));
  const targets: RouteTarget[] = [];
  for (const file of files.sort()) {
    const src = readFileSync(file, "utf8");
    const exported = new Set<string>();
    for (const m of METHODS) {
      if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(src)) exported.add(m);
      if (new RegExp(`\\bas\\s+${m}\\b`).test(src)) exported.add(m); // export { handler as GET }
    }
    if (exported.size === 0) throw new Error(`discover: ${file} exports no HTTP method we recognise`);
    const pattern = urlPattern(file);
    for (const method of exported) targets.push({ key: `${method} ${pattern}`, method, pattern, file: path.relative(ROOT, file) });
  }
  return targets;
}

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };

export function discoverActions(): ActionTarget[] {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(ROOT, dist, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const targets: ActionTarget[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) throw new Error(`discover: action ${id} has no filename/exportedName in the manifest (Next changed its format?)`);
    // Post it to a page that imports it (Next looks the id up among that page's actions).
    const pages = Object.keys(entry.workers).filter((w) => w.endsWith("/page") && !w.includes("_not-found")).sort();
    const worker = pages[0] ?? Object.keys(entry.workers)[0]!;
    const page = "/" + worker.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s)).join("/");
    targets.push({ key: `${entry.filename}#${entry.exportedName}`, id, file: entry.filename, exportedName: entry.exportedName, page });
  }
  return targets.sort((a, b) => a.key.localeCompare(b.key));
}

/** Fill `[id]`, `[...rest]` segments: values are inserted raw (callers encode or deliberately not). */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
    return v;
  });
}

export type PageTarget = { key: string; file: string };

/** Every `app/**\/page.tsx`, keyed by its folder path ("/" for the root page). */
export function discoverPages(): PageTarget[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map((file) => ({ key: urlPattern(file).replace(/^\/$/, "/") || "/", file: path.relative(ROOT, file) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
