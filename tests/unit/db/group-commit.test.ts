import { describe, expect, it } from "vitest";
import { groupCommit } from "@/lib/db/group-commit";

/** A run whose batches finish only when the test says so, recording each batch it was given. */
function controlledRun() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const run = async (items: number[]) => {
    batches.push(items);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise<void>((resolve) => finish.push(resolve));
    inFlight--;
    return items.map((n) => n * 10);
  };
  return { run, batches, finish, maxInFlight: () => maxInFlight };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("D179: group commit", () => {
  it("a request alone goes at once, alone, and gets its own answer", async () => {
    const place = groupCommit({ concurrency: 2, maxBatch: 10, run: async (items: number[]) => items.map((n) => n + 1) });
    await expect(place(41)).resolves.toBe(42);
  });

  it("requests arriving in one turn of the event loop go together, each answered by its position", async () => {
    const c = controlledRun();
    const place = groupCommit({ concurrency: 1, maxBatch: 10, run: c.run });
    const answers = [place(1), place(2), place(3)];
    await turn();
    expect(c.batches).toEqual([[1, 2, 3]]);
    c.finish.shift()!();
    await expect(Promise.all(answers)).resolves.toEqual([10, 20, 30]);
  });

  it("while every slot is busy arrivals wait, and the next free slot takes them together, at most maxBatch at a time", async () => {
    const c = controlledRun();
    const place = groupCommit({ concurrency: 1, maxBatch: 2, run: c.run });
    const answers = [place(1)];
    await turn();
    answers.push(place(2));
    await turn();
    answers.push(place(3), place(4));
    await turn();
    expect(c.batches).toEqual([[1]]); // the slot is busy: 2, 3, 4 wait
    c.finish.shift()!();
    await turn();
    expect(c.batches).toEqual([[1], [2, 3]]);
    c.finish.shift()!();
    await turn();
    expect(c.batches).toEqual([[1], [2, 3], [4]]);
    c.finish.shift()!();
    await expect(Promise.all(answers)).resolves.toEqual([10, 20, 30, 40]);
  });

  it("no more than `concurrency` batches are in flight", async () => {
    const c = controlledRun();
    const place = groupCommit({ concurrency: 2, maxBatch: 1, run: c.run });
    const answers = [1, 2, 3, 4, 5].map((n) => place(n));
    await turn();
    expect(c.batches).toEqual([[1], [2]]);
    while (c.finish.length) {
      c.finish.shift()!();
      await turn();
    }
    await Promise.all(answers);
    expect(c.batches).toEqual([[1], [2], [3], [4], [5]]);
    expect(c.maxInFlight()).toBe(2);
  });

  it("a batch that fails rejects each of its requests, and the requests after it still go", async () => {
    let calls = 0;
    const place = groupCommit({
      concurrency: 1, maxBatch: 10,
      run: async (items: number[]) => {
        if (++calls === 1) throw new Error("connection lost");
        return items;
      },
    });
    const failed = [place(1), place(2)].map((p) => p.then(() => "answered", (e: Error) => e.message));
    await expect(Promise.all(failed)).resolves.toEqual(["connection lost", "connection lost"]);
    await expect(place(3)).resolves.toBe(3);
  });
});
