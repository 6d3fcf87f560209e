import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** A random URL-safe token with `bytes` of entropy (tickets, e-mail links). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** n random decimal digits, uniformly (rejection sampling, no modulo bias). */
export function randomDigits(n: number): string {
  let out = "";
  while (out.length < n) {
    for (const b of randomBytes(n * 2)) if (b < 250 && out.length < n) out += String(b % 10);
  }
  return out;
}

/** How single-use secrets are stored: HMAC-SHA256 keyed by the server secret, hex. A stolen
 *  table does not reveal the codes, and short codes (digits) cannot be brute-forced offline. */
export function secretDigest(value: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(value).digest("hex");
}

export function sha256Hex(value: string | Buffer): string {
  return createHash("sha256").update(value).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
