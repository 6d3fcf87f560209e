import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { safeEqual } from "@/lib/security/hash";
import { standinCallbackSecret } from "./standin-gateway";

/**
 * The payment gateway as an adapter, chosen by EMASK_PAYMENT_ADAPTER (D51). Both speak the same
 * callback protocol (standin-gateway.ts: JSON body, `X-Gateway-Signature: hex(HMAC-SHA256(secret,
 * raw body))`); they differ in where the secret comes from, the bank code of ATM virtual accounts,
 * and where a card or online-banking payment is sent:
 *   standin  secret created per database under .data/standins, bank 812, /standins/gateway/<id>
 *   gateway  EMASK_PAYMENT_CALLBACK_SECRET, EMASK_PAYMENT_BANK_CODE,
 *            EMASK_PAYMENT_CHECKOUT_URL?payment=<id> (the gateway's hosted checkout page)
 */
export type PaymentGateway = {
  standin: boolean;
  bankCode: string;
  callbackSecret(): Buffer;
  checkoutUrl(paymentId: string): string;
};

export const STANDIN_BANK_CODE = "812";

export function paymentGateway(): PaymentGateway {
  const e = env();
  if (e.adapters.EMASK_PAYMENT_ADAPTER === "gateway") {
    return {
      standin: false,
      bankCode: e.EMASK_PAYMENT_BANK_CODE!,
      callbackSecret: () => Buffer.from(e.EMASK_PAYMENT_CALLBACK_SECRET!, "hex"),
      checkoutUrl: (id) => `${e.EMASK_PAYMENT_CHECKOUT_URL!}${e.EMASK_PAYMENT_CHECKOUT_URL!.includes("?") ? "&" : "?"}payment=${encodeURIComponent(id)}`,
    };
  }
  return { standin: true, bankCode: STANDIN_BANK_CODE, callbackSecret: standinCallbackSecret, checkoutUrl: (id) => `/standins/gateway/${id}` };
}

export function callbackSignatureValid(rawBody: string, signature: string | null, gateway = paymentGateway()): boolean {
  if (!signature) return false;
  const expected = createHmac("sha256", gateway.callbackSecret()).update(rawBody).digest("hex");
  return safeEqual(expected, signature.trim().toLowerCase());
}
