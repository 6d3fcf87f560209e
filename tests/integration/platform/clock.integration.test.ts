import { afterEach, describe, expect, it } from "vitest";
import { now, setClock, today } from "@/lib/clock";

// The demo clock: moved in one process, seen by every process using the same database.
describe("the one clock", () => {
  afterEach(() => setClock(null));

  it("follows real time until moved", () => {
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("once moved, reads the moved time and keeps running", async () => {
    setClock(new Date("2020-03-26T02:00:00Z"));
    expect(today()).toBe("2020-03-26");
    const a = now().getTime();
    await new Promise((r) => setTimeout(r, 30));
    const b = now().getTime();
    expect(b - a).toBeGreaterThanOrEqual(25);
    expect(Math.abs(a - Date.parse("2020-03-26T02:00:00Z"))).toBeLessThan(1000);
  });

  it("Taipei's day turns at 16:00 UTC", () => {
    setClock(new Date("2020-03-18T15:59:59Z"));
    expect(today()).toBe("2020-03-18");
    setClock(new Date("2020-03-18T16:00:01Z"));
    expect(today()).toBe("2020-03-19");
  });

  it("goes back to real time when reset", () => {
    setClock(new Date("2001-01-01T00:00:00Z"));
    setClock(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
