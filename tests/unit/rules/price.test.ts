import { describe, expect, it } from "vitest";
import { MASKS_PER_ORDER, ORDER_FEE_NTD, orderPrice, UNIT_PRICE_NTD } from "@/lib/rules";

describe("orderPrice", () => {
  it("O4: constants are 3 masks, 5 NTD a mask, 7 NTD fee", () => {
    expect([MASKS_PER_ORDER, UNIT_PRICE_NTD, ORDER_FEE_NTD]).toEqual([3, 5, 7]);
  });

  it("O4: one order costs 15 NTD of masks plus 7 NTD fee: 22 NTD", () => {
    expect(orderPrice(MASKS_PER_ORDER, UNIT_PRICE_NTD, ORDER_FEE_NTD)).toEqual({
      goods: 15,
      fee: 7,
      total: 22,
    });
  });

  it.each([
    [1, 5, 7, { goods: 5, fee: 7, total: 12 }],
    [10, 5, 0, { goods: 50, fee: 0, total: 50 }],
    [3, 0, 7, { goods: 0, fee: 7, total: 7 }],
    [3, 0, 0, { goods: 0, fee: 0, total: 0 }],
  ])("O4: orderPrice(%i, %i, %i) = %o", (masks, unit, fee, expected) => {
    expect(orderPrice(masks, unit, fee)).toEqual(expected);
  });

  it("O3: two orders pay two fees (orders are never combined)", () => {
    const one = orderPrice(3, 5, 7).total;
    expect(one + one).toBe(44);
    expect(orderPrice(6, 5, 7).total).not.toBe(one + one);
  });

  it.each([
    ["masks", 0, 5, 7],
    ["masks", -3, 5, 7],
    ["masks", 1.5, 5, 7],
    ["unitPrice", 3, -5, 7],
    ["unitPrice", 3, 5.5, 7],
    ["fee", 3, 5, -1],
    ["fee", 3, 5, Number.NaN],
    ["fee", 3, 5, Number.MAX_SAFE_INTEGER + 1],
  ])("O4: an invalid %s (%s, %s, %s) throws a RangeError", (name, masks, unit, fee) => {
    expect(() => orderPrice(masks, unit, fee)).toThrow(RangeError);
    expect(() => orderPrice(masks, unit, fee)).toThrow(`invalid ${name}`);
  });

  it("O4: a total beyond the safe integer range throws a RangeError", () => {
    expect(() => orderPrice(2, Number.MAX_SAFE_INTEGER, 0)).toThrow(RangeError);
    expect(() => orderPrice(1, Number.MAX_SAFE_INTEGER, 1)).toThrow(/safe integer/);
  });
});
