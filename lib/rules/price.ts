/**
 * O4: what an order costs. Money is whole NTD (integers), so no rounding rule is ever needed;
 * a fractional or negative amount is a bug upstream and is refused rather than carried along.
 */

/** O1/O3: each order is one pack of 3 adult masks. */
export const MASKS_PER_ORDER = 3;
/** O4: 5 NTD a mask, unchanged from pharmacies. */
export const UNIT_PRICE_NTD = 5;
/** O4: 7 NTD logistics and transfer fee, paid per order (O3: orders cannot be combined). */
export const ORDER_FEE_NTD = 7;

export type OrderPrice = { goods: number; fee: number; total: number };

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`orderPrice: invalid ${name} ${String(value)}: expected an integer ≥ ${min}`);
  }
}

/** O4: goods = masks × unitPrice; total = goods + fee. orderPrice(3, 5, 7) → 15 + 7 = 22. */
export function orderPrice(masks: number, unitPrice: number, fee: number): OrderPrice {
  requireInteger("masks", masks, 1);
  requireInteger("unitPrice", unitPrice, 0);
  requireInteger("fee", fee, 0);
  const goods = masks * unitPrice;
  const total = goods + fee;
  // Beyond 2^53 integers stop being exact; refuse rather than return a silently wrong total.
  if (!Number.isSafeInteger(total)) {
    throw new RangeError(`orderPrice: total ${total} is beyond the safe integer range`);
  }
  return { goods, fee, total };
}
