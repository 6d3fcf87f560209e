import { describe, expect, it } from "vitest";
import { orderProgress } from "@/lib/orders/progress";

const states = (s: Parameters<typeof orderProgress>[0]) => orderProgress(s).map((p) => p.state);

describe("an order's progress, as its timeline shows it", () => {
  it("R2: placed waits for the draw; not drawn ends there", () => {
    expect(states("PLACED")).toEqual(["done", "current", "upcoming", "upcoming"]);
    expect(states("NOT_SELECTED")).toEqual(["done", "failed", "upcoming", "upcoming"]);
  });
  it("R3: drawn waits for payment; unpaid lapses at the payment step", () => {
    expect(states("SELECTED")).toEqual(["done", "done", "current", "upcoming"]);
    expect(states("LAPSED")).toEqual(["done", "done", "failed", "upcoming"]);
  });
  it("R4/R5: paid waits for pickup; collected is done; not collected is forfeited at pickup", () => {
    expect(states("PAID")).toEqual(["done", "done", "done", "current"]);
    expect(states("PICKED_UP")).toEqual(["done", "done", "done", "done"]);
    expect(states("FORFEITED")).toEqual(["done", "done", "done", "failed"]);
  });
});
