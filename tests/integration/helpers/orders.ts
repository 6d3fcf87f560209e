import type { OrderStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DRAW_DECISION, orderStatus, statusIn } from "@/lib/orders/order-state";

/** Orders with their status as the app reads it (D173: the draw entry decides while PLACED). */
export async function ordersWithStatus(prisma: PrismaClient, where: Prisma.OrderWhereInput = {}) {
  const rows = await prisma.order.findMany({ where, select: { id: true, personId: true, storeId: true, status: true, paymentCode: true, ...DRAW_DECISION }, orderBy: { id: "asc" } });
  return rows.map(({ drawEntry, ...o }) => ({ ...o, stored: o.status, status: orderStatus(o.status, drawEntry) }));
}

/** How many orders have `status` as the app reads it. */
export function countStatus(prisma: PrismaClient, status: OrderStatus, where: Prisma.OrderWhereInput = {}): Promise<number> {
  return prisma.order.count({ where: { ...where, ...statusIn(status) } });
}
