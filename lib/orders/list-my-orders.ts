import { db } from "@/lib/db/client";

/** A person's orders with what their pages show; scoped by person in the query itself. */
export async function listMyOrders(personId: string) {
  return db().order.findMany({
    where: { personId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, status: true, channel: true, masks: true, total: true, createdAt: true, paymentCode: true,
      round: { select: { id: true, name: true, nameEn: true, orderOpensAt: true, orderClosesOn: true, resultsOn: true, paymentDeadline: true, pickupStart: true, pickupEnd: true } },
      store: { select: { id: true, name: true, nameEn: true, address: true, addressEn: true, chainId: true, chain: { select: { nameZh: true, nameEn: true } } } },
      history: { orderBy: { at: "asc" }, select: { toStatus: true, at: true } },
      ledgerEntry: { select: { effectiveDay: true } },
    },
  });
}
