import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setClock } from "@/lib/clock";
import { placeOrder } from "@/lib/orders/place-order";
import { runDueTransitions } from "@/lib/rounds/run-due-transitions";
import { exportDraw } from "@/lib/rounds/draw-export";
import { verifyDraw } from "@/lib/rounds/verify-draw";
import { buildPerson, createStore, ROUND_2020, upsertPerson, upsertRound } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";

// R2: the published draw can be recomputed by anyone, with the repository's command, and agrees.
const prisma = testDb();
let roundId: string;

beforeAll(async () => {
  await resetDatabase();
  setClock(new Date("2020-03-13T02:00:00Z"));
  roundId = (await upsertRound(prisma, ROUND_2020)).id;
  const stores = [await createStore(prisma, 1), await createStore(prisma, 2)];
  await prisma.storeSupply.createMany({ data: stores.map((s, i) => ({ roundId, storeId: s.id, packs: i === 0 ? 2 : 1 })) });
  for (let n = 1; n <= 9; n++) {
    const p = await upsertPerson(prisma, buildPerson(n));
    await placeOrder({ kind: "citizen", personId: p.id, method: "PHONE", channel: "APP" }, { roundId, storeId: stores[n % 2]!.id, idempotencyKey: null });
  }
  setClock(new Date("2020-03-19T02:00:00Z"));
  await runDueTransitions();
});
afterAll(() => setClock(null));

describe("R2: public, verifiable draw", () => {
  it("R2: the export names the seed, the commitment and each store's orders, and recomputes to the same result", async () => {
    const data = (await exportDraw(roundId))!;
    expect(data.stores.map((s) => [s.supply, s.orderIds.length, s.selected.length])).toEqual([[2, 4, 2], [1, 5, 1]]);
    expect(verifyDraw(data)).toEqual([]);
  });

  it("R2: a tampered result or a swapped seed is caught", async () => {
    const data = (await exportDraw(roundId))!;
    const store = data.stores[0]!;
    const loser = store.orderIds.find((id) => !store.selected.includes(id))!;
    const tampered = { ...data, stores: [{ ...store, selected: [store.selected[0]!, loser] }, ...data.stores.slice(1)] };
    expect(verifyDraw(tampered)).toEqual([expect.stringContaining(store.storeCode)]);
    expect(verifyDraw({ ...data, round: { ...data.round, seed: "f".repeat(64) } })[0]).toMatch(/commitment/);
  });

  it("R2: `npm run draw:verify` recomputes an exported file and agrees (exit 0), or says MISMATCH (exit 1)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "draw-"));
    const good = path.join(dir, "good.json");
    await writeFile(good, JSON.stringify(await exportDraw(roundId)));
    const run = promisify(execFile);
    const { stdout } = await run("npx", ["tsx", "scripts/verify-draw.ts", good]);
    expect(stdout).toMatch(/^OK: .*2 stores, 9 orders recomputed, all agree\./);
    const data = (await exportDraw(roundId))!;
    data.stores[1]!.selected = [data.stores[1]!.orderIds.find((id) => !data.stores[1]!.selected.includes(id))!];
    const bad = path.join(dir, "bad.json");
    await writeFile(bad, JSON.stringify(data));
    await expect(run("npx", ["tsx", "scripts/verify-draw.ts", bad])).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining("MISMATCH") });
  });

  it("R2: nothing is published before the draw", async () => {
    const other = await upsertRound(prisma, { ...ROUND_2020, name: "later", orderOpensOn: "2020-04-09", orderClosesOn: "2020-04-15", resultsOn: "2020-04-16", paymentDeadline: "2020-04-22", pickupStart: "2020-04-23", pickupEnd: "2020-04-29" });
    expect(await exportDraw(other.id)).toBeNull();
  });
});
