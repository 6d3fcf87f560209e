import { requireCitizen } from "@/lib/auth/guard";
import { json, parseBody, route } from "@/lib/http/route";
import { idempotencyKey, placeOrderBody } from "@/lib/orders/schemas";
import { placeOrder } from "@/lib/orders/place-order";
import { listMyOrders } from "@/lib/orders/list-my-orders";

export const dynamic = "force-dynamic";

/** Place a pre-order (O1, O3–O5). 201 when created, 200 when a retry returns the same order. */
export const POST = route(async (req) => {
  const who = await requireCitizen();
  const body = await parseBody(req, placeOrderBody);
  const header = req.headers.get("idempotency-key");
  const key = header === null ? null : idempotencyKey.parse(header);
  const { order, created } = await placeOrder(who, { ...body, idempotencyKey: key });
  return json({ order }, created ? 201 : 200);
});

/** My orders, newest first (only mine: the query is scoped by the session's person). */
export const GET = route(async () => {
  const who = await requireCitizen();
  return json({ orders: await listMyOrders(who.personId) });
});
