/**
 * `npm run draw:verify -- <export.json | http(s)://…/api/rounds/<id>/draw>`
 *
 * Recomputes a round's draw from its public export with nothing but the documented formula and
 * says whether every store's result agrees. Exit 0 when it does, 1 when it does not.
 */
import { readFile } from "node:fs/promises";
import { verifyDraw } from "../lib/rounds/verify-draw";
import type { DrawExport } from "../lib/rounds/draw-export";

async function load(source: string): Promise<DrawExport> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return (await res.json()) as DrawExport;
  }
  return JSON.parse(await readFile(source, "utf8")) as DrawExport;
}

async function main(): Promise<number> {
  const source = process.argv[2];
  if (!source) {
    console.error("usage: npm run draw:verify -- <export.json | URL of /api/rounds/<id>/draw>");
    return 2;
  }
  const data = await load(source);
  const problems = verifyDraw(data);
  const orders = data.stores.reduce((n, s) => n + s.orderIds.length, 0);
  if (problems.length === 0) {
    console.log(`OK: ${data.round.name}: seed matches commitment; ${data.stores.length} stores, ${orders} orders recomputed, all agree.`);
    return 0;
  }
  for (const p of problems) console.log(`MISMATCH: ${p}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
