import { json, route } from "@/lib/http/route";
import { confirmPayment } from "@/lib/payments/confirm-payment";

export const dynamic = "force-dynamic";

/**
 * The payment gateway's server-to-server callback (R3). Authenticated by its HMAC signature over
 * the raw body (X-Gateway-Signature), not by a session; idempotent, so the gateway may retry.
 */
export const POST = route(async (req) => {
  const raw = await req.text();
  const result = await confirmPayment(raw, req.headers.get("x-gateway-signature"));
  return json({ ok: true, ...result });
});
