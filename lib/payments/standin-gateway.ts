import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";

/**
 * The payment gateway stand-in (online banking, credit card, ATM transfer). Protocol: when money
 * arrives the gateway POSTs a callback to /api/payments/callback with a JSON body
 *   { "gatewayRef": "...", "paymentId": "...", "amount": 22, "paidAt": "<ISO instant>" }
 * and the header `X-Gateway-Signature: hex(HMAC-SHA256(secret, raw body))`. The shared secret is
 * created once per database (standinDir("payment")/secret). The real gateway (gateway.ts) differs
 * only in how the secret is configured and where a payment is started, not the callback verification.
 */
export type CallbackBody = { gatewayRef: string; paymentId: string; amount: number; paidAt: string };

/** The stand-in's shared secret (local use; the real gateway's comes from EMASK_PAYMENT_CALLBACK_SECRET). */
export function standinCallbackSecret(): Buffer {
  const file = path.join(standinDir("payment"), "secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
}

/** How the stand-in gateway signs its callbacks (verified in gateway.ts). */
export function signCallback(rawBody: string): string {
  return createHmac("sha256", standinCallbackSecret()).update(rawBody).digest("hex");
}

export function newGatewayRef(): string {
  return `GW${randomBytes(9).toString("hex").toUpperCase()}`;
}
