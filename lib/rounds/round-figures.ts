import { db } from "@/lib/db/client";
import { statusSql } from "@/lib/orders/order-state";

export type RoundFigures = { supply: number; orders: number; selected: number; paid: number; pickedUp: number };

/** Supply and order counts by how far they came (status as in D173), for the admin's picture of a round. */
export async function roundFigures(roundId: string): Promise<RoundFigures> {
  const [supply, byStatus] = await Promise.all([
    db().storeSupply.aggregate({ where: { roundId }, _sum: { packs: true } }),
    db().$queryRaw<{ status: string; n: number }[]>`
      SELECT ${statusSql()} AS status, count(*)::int AS n
      FROM orders o LEFT JOIN draw_entries e ON e.order_id = o.id WHERE o.round_id = ${roundId}::uuid GROUP BY 1`,
  ]);
  const count = (...statuses: string[]) => byStatus.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + s.n, 0);
  return {
    supply: supply._sum.packs ?? 0,
    orders: count("PLACED", "SELECTED", "NOT_SELECTED", "PAID", "LAPSED", "PICKED_UP", "FORFEITED"),
    selected: count("SELECTED", "PAID", "LAPSED", "PICKED_UP", "FORFEITED"),
    paid: count("PAID", "PICKED_UP", "FORFEITED"),
    pickedUp: count("PICKED_UP"),
  };
}
