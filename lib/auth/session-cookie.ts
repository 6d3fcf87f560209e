import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { z } from "zod";
import { env } from "@/lib/env";
import { Channel, StaffRole, VerificationMethod } from "@/lib/generated/prisma/enums";
import type { Principal } from "./session";

/**
 * The session cookie, read without next-auth's per-request work and without Next: the same code
 * serves Next's pages and handlers (lib/auth/session-token.ts) and the order-intake fast path that
 * scripts/server.mjs runs before Next (lib/http/fast-intake.ts, D84).
 *
 * next-auth's JWT is a JWE ("dir", A256GCM) under a key derived from NEXTAUTH_SECRET by HKDF;
 * next-auth derives that key again on every request and `getServerSession` re-encrypts and re-sets
 * the cookie on every page view. Here the key is derived once per process and the token only
 * decrypted (expiry checked by jose), which is what the opening spike's 87,000 requests a minute
 * need. Same format, same secret: cookies issued by next-auth (or by lib/auth/form-session) are read
 * unchanged. Sessions therefore last their fixed 2 hours from sign-in rather than sliding (D82).
 */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
const INFO = "NextAuth.js Generated Encryption Key";

let derived: { secret: string; key: Uint8Array } | undefined;
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", INFO, 32)) };
  return derived.key;
}

const principalSchema: z.ZodType<Principal> = z.union([
  z.object({ kind: z.literal("citizen"), personId: z.uuid(), method: z.enum(VerificationMethod), channel: z.enum(Channel) }),
  z.object({ kind: z.literal("staff"), staffId: z.uuid(), role: z.enum(StaffRole), storeId: z.uuid().nullable() }),
]);

/** The principal of a session token, or null when it is missing, forged, tampered with or expired. */
export async function principalOfToken(token: string | undefined, secret = env().NEXTAUTH_SECRET): Promise<Principal | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    const parsed = principalSchema.safeParse(payload.principal);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type CookieJar = { name: string; value: string }[];

/** The session token among a request's cookies (chunked cookies, as next-auth writes large ones, are joined). */
export function sessionTokenOf(jar: CookieJar): string | undefined {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = jar.find((c) => c.name === name)?.value;
    if (whole) return whole;
    const chunks = jar
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
      .map((c) => c.value);
    if (chunks.length) return chunks.join("");
  }
  return undefined;
}

/** A `Cookie:` header as name/value pairs (values percent-decoded where they decode; never throws). */
export function parseCookieHeader(header: string | null | undefined): CookieJar {
  if (!header) return [];
  const jar: CookieJar = [];
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch { /* keep it raw: a token is base64url and never needs decoding */ }
    if (name) jar.push({ name, value });
  }
  return jar;
}
