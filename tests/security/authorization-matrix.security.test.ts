import { beforeAll, describe, expect, it } from "vitest";
import { discoverActions, discoverRoutes, fillPattern } from "./support/discover";
import { callAction, callRoute, type Outcome } from "./support/http";
import { PRINCIPALS, resetRateLimits, signIn, type Fixtures, type PrincipalName, type Session } from "./support/principals";
import { ACTIONS, ROUTES, type Access, type Fields } from "./support/tables";

/**
 * Authorization matrix (issue 7 "Done when"): every route and every server action × anonymous,
 * citizen (own resource), citizen (someone else's), each staff role, and a pharmacy. Expected
 * allow/deny comes from support/tables.ts ACCESS; the app is the production build over HTTP.
 */
const routes = discoverRoutes();
const actions = discoverActions();

type Verdict = "allow" | "deny";

function expected(access: Access, p: PrincipalName): Verdict {
  switch (access.who) {
    case "public":
      return "allow";
    case "citizen":
      return p === "citizen" || p === "citizenOther" ? "allow" : "deny";
    case "owner":
      return p === "citizen" ? "allow" : "deny";
    case "staff":
      return (access.roles as string[]).includes(p) ? "allow" : "deny";
    case "pharmacy":
      return p === "pharmacy" ? "allow" : "deny";
  }
}

/** The guards' refusals: 401/403 with their codes (routes), 401/403 from forbidden()/unauthorized() (actions). */
const GUARD_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "PHARMACY_UNAUTHENTICATED"]);
function code(o: Outcome): string | undefined {
  try {
    return (JSON.parse(o.body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
/** Someone else's resource is answered as unknown (404, or an action's redirect naming *_NOT_FOUND). */
const notFound = (o: Outcome) => o.status === 404 || /error=[A-Z_]*NOT_FOUND/.test(o.location ?? "");

function observed(kind: "route" | "action", access: Access, o: Outcome): Verdict {
  const refused = kind === "route" ? (o.status === 401 || o.status === 403) && GUARD_CODES.has(code(o) ?? "") : o.status === 401 || o.status === 403;
  if (refused) return "deny";
  if (access.who === "owner" && notFound(o)) return "deny";
  return "allow";
}

const values = (fields: Fields | undefined, fx: Fixtures) => Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k, typeof v === "function" ? v(fx) : v]));

describe("authorization matrix", () => {
  let sessions: Record<PrincipalName, Session>;
  let fx: Fixtures;
  beforeAll(async () => {
    ({ sessions, fixtures: fx } = await signIn());
    await resetRateLimits();
  });

  it("every route and server action has a matrix entry (a new one must be added to tests/security/support/tables.ts)", () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(actions.length).toBeGreaterThan(5);
    expect(routes.filter((r) => !ROUTES[r.key]).map((r) => `${r.key} (${r.file})`)).toEqual([]);
    expect(actions.filter((a) => !ACTIONS[a.key]).map((a) => a.key)).toEqual([]);
    // And no stale rows: a row whose target is gone is a table nobody reads.
    expect(Object.keys(ROUTES).filter((k) => !routes.some((r) => r.key === k))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((k) => !actions.some((a) => a.key === k))).toEqual([]);
  });

  it("each principal is allowed exactly where the table says, and refused (401/403/404) elsewhere — never a 5xx", async () => {
    const rows: string[] = [];
    const mismatches: string[] = [];
    let cells = 0;
    for (const r of routes) {
      const spec = ROUTES[r.key]!;
      const path = fillPattern(r.pattern, spec.path?.(fx) ?? {});
      const body = r.method === "GET" ? undefined : JSON.stringify(values(spec.body, fx));
      const line: string[] = [];
      for (const p of PRINCIPALS) {
        const o = await callRoute(sessions[p], r.method, path, body);
        cells++;
        const want = expected(spec.access, p);
        const got = o.status >= 500 ? "5xx" : observed("route", spec.access, o);
        line.push(`${p}:${got === want ? "" : "✗"}${o.status}`);
        if (got !== want) mismatches.push(`${r.key} as ${p}: expected ${want}, got ${got} (HTTP ${o.status} ${o.body.slice(0, 160)})`);
      }
      rows.push(`${r.key.padEnd(48)} ${line.join(" ")}`);
    }
    for (const a of actions) {
      const spec = ACTIONS[a.key]!;
      const page = fillPattern(a.page, spec.path?.(fx) ?? {});
      const fields = Object.entries(values(spec.fields, fx)).map(([k, v]) => [k, String(v)] as [string, string]);
      const line: string[] = [];
      for (const p of PRINCIPALS) {
        const o = await callAction(sessions[p], a.id, page, spec.args, fields);
        cells++;
        const want = expected(spec.access, p);
        const got = o.status >= 500 ? "5xx" : observed("action", spec.access, o);
        line.push(`${p}:${got === want ? "" : "✗"}${o.status}`);
        if (got !== want) mismatches.push(`${a.key} as ${p}: expected ${want}, got ${got} (HTTP ${o.status} ${o.location ?? ""} ${o.body.slice(0, 160)})`);
      }
      rows.push(`${a.key.padEnd(48)} ${line.join(" ")}`);
    }
    console.log(`[security] authorization matrix: ${routes.length} routes + ${actions.length} actions = ${routes.length + actions.length} targets × ${PRINCIPALS.length} principals = ${cells} cells\n${rows.join("\n")}`);
    expect(cells).toBe((routes.length + actions.length) * PRINCIPALS.length);
    expect(mismatches).toEqual([]);
  });
});
