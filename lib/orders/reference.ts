/**
 * An order's reference, for the person to keep and to quote on the help line (issue 9 item 4):
 * the last 10 hex digits of the order id (its random part; a UUIDv7's first digits are its time),
 * upper-case in two groups — "EM-3F2A9-C81D0". It names the order without revealing anything, and
 * maps back to it by `id LIKE '%…'`. Pure.
 */
export function orderReference(orderId: string): string {
  const hex = orderId.replace(/-/g, "").slice(-10).toUpperCase();
  return `EM-${hex.slice(0, 5)}-${hex.slice(5)}`;
}
