import { describe, expect, it } from "vitest";
import { maskIdNumber, maskName } from "@/lib/people/mask";

describe("masking personal data on screen (least data)", () => {
  it.each([
    ["王小明", "王○明"],
    ["歐陽娜娜", "歐○○娜"],
    ["林美", "林○"],
    ["李", "○"],
    ["JOHN SMITH", "J○○○○○○○○H"],
  ])("name %s → %s", (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ["A123456789", "A******789"],
    ["AC01234567", "A******567"],
    ["ABC", "***"],
  ])("ID %s → %s", (id, masked) => expect(maskIdNumber(id)).toBe(masked));
});
