/**
 * The console's pure arithmetic over order counts (issue 10 item 3): statuses in lifecycle order,
 * the funnel ordered → drawn → paid → collected. No
 * database, no clock: the SQL modules hand their GROUP BY rows to these.
 */
export const ORDER_STATUSES = ["PLACED", "SELECTED", "NOT_SELECTED", "PAID", "LAPSED", "PICKED_UP", "FORFEITED"] as const;
export type OrderStatusName = (typeof ORDER_STATUSES)[number];
export type StatusCounts = Record<OrderStatusName, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Sum rows of (status, n) into counts; unknown statuses are refused rather than dropped silently. */
export function countsFrom(rows: { status: string; n: number | bigint }[]): StatusCounts {
  const out = emptyCounts();
  for (const r of rows) {
    if (!(ORDER_STATUSES as readonly string[]).includes(r.status)) throw new RangeError(`Unknown order status ${r.status}`);
    out[r.status as OrderStatusName] += Number(r.n);
  }
  return out;
}

export function totalOf(c: StatusCounts): number {
  return ORDER_STATUSES.reduce((n, s) => n + c[s], 0);
}

export type Funnel = { ordered: number; drawn: number; paid: number; collected: number };

/**
 * R2–R5: every order was ordered; drawn = selected by the draw (whatever happened next: awaiting
 * payment, paid, lapsed, collected, forfeited); paid = paid at some point (paid, collected,
 * forfeited — R5 forfeits only paid orders); collected = picked up.
 */
export function funnel(c: StatusCounts): Funnel {
  return {
    ordered: totalOf(c),
    drawn: c.SELECTED + c.PAID + c.LAPSED + c.PICKED_UP + c.FORFEITED,
    paid: c.PAID + c.PICKED_UP + c.FORFEITED,
    collected: c.PICKED_UP,
  };
}
