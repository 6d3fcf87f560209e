/**
 * First-load JavaScript per page: what a phone downloads before a page works. Starts the production
 * server on a seeded database, fetches every page (with a citizen's or an admin's session where the
 * page needs one), and sums the gzipped size of every script the HTML references — exactly what a
 * browser would fetch on a first visit (not the `nomodule` polyfills, which such browsers skip).
 * Pages with a [dynamic] segment are skipped.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { citizenCookie, ensureBuild, ROOT, startApp, stopAll, waitFor } from "./servers";

export type PageWeight = { route: string; kind: "citizen" | "staff" | "demo"; status: number; kb: number; scripts: number };
const PORT = Number(process.env.BENCH_PAGES_PORT ?? 3702);

export async function benchPages(url: string, log: (line: string) => void): Promise<PageWeight[]> {
  await ensureBuild(log);
  const { seedDatabase } = await import("../scripts/db/seed");
  await seedDatabase(url, { local: true, log: () => {} });
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const app = startApp(url, PORT);
  try {
    const person = (await sql.query(`SELECT id FROM people ORDER BY created_at LIMIT 1`)).rows[0].id as string;
    const admin = (await sql.query(`SELECT id FROM staff_accounts WHERE role = 'ADMIN' AND active ORDER BY username LIMIT 1`)).rows[0]?.id as string | undefined;
    const { encode } = await import("next-auth/jwt");
    const { env } = await import("../lib/env");
    const staffCookie = admin
      ? `next-auth.session-token=${await encode({ secret: env().NEXTAUTH_SECRET, token: { principal: { kind: "staff", staffId: admin, role: "ADMIN", storeId: null } } })}`
      : "";
    await waitFor(`http://127.0.0.1:${PORT}/api/health`);
    const sizes = new Map<string, number>();
    const weights: PageWeight[] = [];
    for (const route of pageRoutes()) {
      const kind = route.startsWith("/staff") ? "staff" : route.startsWith("/dev") || route.startsWith("/standins") ? "demo" : "citizen";
      const cookie = kind === "staff" ? staffCookie : await citizenCookie(person, route.startsWith("/app") ? "APP" : "WEB");
      const res = await fetch(`http://127.0.0.1:${PORT}${route}`, { headers: { cookie }, redirect: "manual" });
      const html = await res.text();
      // `nomodule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
      const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\snomodule\b/i.test(t));
      const srcs = [...new Set(tags.map((t) => /\ssrc="([^"]+)"/.exec(t)?.[1]).filter((x): x is string => !!x))];
      let bytes = 0;
      for (const src of srcs) {
        if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, `http://127.0.0.1:${PORT}`))).arrayBuffer())).length);
        bytes += sizes.get(src)!;
      }
      const w = { route, kind, status: res.status, kb: bytes / 1024, scripts: srcs.length } as PageWeight;
      weights.push(w);
      log(`pages ${kind.padEnd(7)} ${route.padEnd(28)} ${String(res.status).padStart(3)}  ${w.kb.toFixed(1).padStart(6)} kB gzipped JS in ${w.scripts} scripts`);
    }
    return weights;
  } finally {
    await stopAll([app]);
    await sql.end();
  }
}

/** Every page route of app/ without a dynamic segment ("/app/phone", "/"). */
function pageRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("[") || name.startsWith("_") || name === "api") continue;
        walk(full, name.startsWith("(") ? route : `${route}/${name}`);
      } else if (name === "page.tsx") {
        routes.push(route || "/");
      }
    }
  };
  walk(path.join(ROOT, "app"), "");
  return routes.sort();
}
