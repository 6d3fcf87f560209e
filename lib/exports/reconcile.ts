/**
 * Payment reconciliation (issue 10 item 5, R3): for each drawn order, what it owes against what
 * the gateway confirmed. Pure, so every case is tested without a database; the export's SQL
 * brings the sums per order.
 */
export type ReconcileInput = { status: string; total: number; paidAmount: number; paidCount: number };
export type ReconcileResult = "OK" | "AWAITING" | "UNPAID" | "SHORT" | "OVERPAID" | "DOUBLE" | "PAID_NOT_RECORDED" | "RECORDED_NOT_PAID";

const PAID_STATUSES = ["PAID", "PICKED_UP", "FORFEITED"];

export function reconcile(r: ReconcileInput): ReconcileResult {
  const recordedPaid = PAID_STATUSES.includes(r.status);
  if (r.paidCount > 1) return "DOUBLE"; // the schema allows one success per order: flag any other
  if (r.paidCount === 0) {
    if (recordedPaid) return "RECORDED_NOT_PAID";
    return r.status === "SELECTED" ? "AWAITING" : "UNPAID";
  }
  if (!recordedPaid) return "PAID_NOT_RECORDED"; // money arrived, the order did not move (e.g. lapsed first)
  if (r.paidAmount < r.total) return "SHORT";
  if (r.paidAmount > r.total) return "OVERPAID";
  return "OK";
}
