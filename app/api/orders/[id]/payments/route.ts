import { z } from "zod";
import { requireCitizen } from "@/lib/auth/guard";
import { json, parseBody, route } from "@/lib/http/route";
import { startPayment } from "@/lib/payments/start-payment";
import { recordId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const body = z.object({ method: z.enum(["ONLINE_BANKING", "CREDIT_CARD", "ATM"]) });

/** Start paying one of my orders (R3). ATM: the virtual account to transfer to; others: the gateway page. */
export const POST = route<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const who = await requireCitizen();
  const orderId = recordId().parse((await params).id);
  const { method } = await parseBody(req, body);
  const payment = await startPayment(who, orderId, method);
  return json({
    payment: { id: payment.id, method: payment.method, amount: payment.amount, virtualAccount: payment.virtualAccount },
    next: payment.method === "ATM" ? null : `/standins/gateway/${payment.id}`,
  }, 201);
});
