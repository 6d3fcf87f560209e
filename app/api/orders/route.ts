import type { NextRequest } from "next/server";
import { requireCitizen } from "@/lib/auth/guard";
import { json, route } from "@/lib/http/route";
import { placeOrderRequest } from "@/lib/orders/intake";
import { listMyOrders } from "@/lib/orders/list-my-orders";

export const dynamic = "force-dynamic";

/**
 * Place a pre-order (O1, O3–O5). 201 when created, 200 when a retry returns the same order.
 * Deployed, scripts/server.mjs answers this request before Next with the same function (D84);
 * this handler serves `next dev` and anything that runs Next without that wrapper.
 */
export async function POST(req: NextRequest): Promise<Response> {
  const { status, body } = await placeOrderRequest({ header: (name) => req.headers.get(name), body: await req.text() });
  return json(body, status);
}

/** My orders, newest first (only mine: the query is scoped by the session's person). */
export const GET = route(async () => {
  const who = await requireCitizen();
  return json({ orders: await listMyOrders(who.personId) });
});
