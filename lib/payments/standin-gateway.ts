import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";
import { safeEqual } from "@/lib/security/hash";

/**
 * The payment gateway stand-in (online banking, credit card, ATM transfer). Protocol: when money
 * arrives the gateway POSTs a callback to /api/payments/callback with a JSON body
 *   { "gatewayRef": "...", "paymentId": "...", "amount": 22, "paidAt": "<ISO instant>" }
 * and the header `X-Gateway-Signature: hex(HMAC-SHA256(secret, raw body))`. The shared secret is
 * created once per database (standinDir("payment")/secret). A real gateway adapter changes only
 * how the secret is configured and how a payment is started, not the callback verification.
 */
export type CallbackBody = { gatewayRef: string; paymentId: string; amount: number; paidAt: string };

function secret(): Buffer {
  const file = path.join(standinDir("payment"), "secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
}

export function signCallback(rawBody: string): string {
  return createHmac("sha256", secret()).update(rawBody).digest("hex");
}

export function callbackSignatureValid(rawBody: string, signature: string | null): boolean {
  return !!signature && safeEqual(signCallback(rawBody), signature.trim().toLowerCase());
}

export function newGatewayRef(): string {
  return `GW${randomBytes(9).toString("hex").toUpperCase()}`;
}
