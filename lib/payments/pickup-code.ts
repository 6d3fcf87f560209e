import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { secretDigest } from "@/lib/security/hash";

/**
 * R4: the pickup code of a paid order: 10 digits derived from the server secret and the order id,
 * so it can be shown again on the person's page and in the SMS without being stored; the database
 * keeps only its digest (orders.pickup_code_hash), which is how the store clerk's entry is looked up.
 */
export function pickupCodeFor(orderId: string): string {
  const mac = createHmac("sha256", env().NEXTAUTH_SECRET).update(`pickup-code:${orderId}`).digest();
  return (mac.readBigUInt64BE(0) % 10_000_000_000n).toString().padStart(10, "0");
}

export function pickupCodeDigest(code: string): string {
  return secretDigest(`pickup-code:${code.replace(/\D/g, "")}`);
}
