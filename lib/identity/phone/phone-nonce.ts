/**
 * I5, step 1 (issue 7 item 1): the one-time nonce the operator's assertion must name. Only its
 * digest is stored, with the ID number it was issued for and the digest of a random value kept in
 * the asking browser's cookie, so a nonce is useful only to the browser that asked, once, within
 * NONCE_TTL_MS. The ID is checked here (valid, a national's) so the operator is never asked in vain.
 */
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { randomToken, sha256Hex } from "@/lib/security/hash";
import { consumeRateLimit, type Limit } from "@/lib/security/rate-limit";
import { normalizeIdNumber } from "@/lib/identity/app-login/normalize-id-number";
import { checkIdConditions } from "@/lib/rules";
import { phoneRefusal } from "./refusal-texts";
import type { TelecomOperator } from "./telecom";
import { telecomOperator } from "./telecom-operator";

export const NONCE_TTL_MS = 2 * 60_000;
const PER_ID: Limit = { limit: 10, windowSeconds: 600 };

export type IssuedNonce = { nonce: string; idNumber: string; operatorUrl: string; expiresAt: Date };

/** `binding`: the random value of the asking browser's cookie (the route sets it). */
export async function issuePhoneNonce(rawIdNumber: string, binding: string, telecom: TelecomOperator = telecomOperator()): Promise<IssuedNonce> {
  const idNumber = normalizeIdNumber(rawIdNumber);
  const refusal = checkIdConditions(idNumber);
  if (refusal) throw phoneRefusal(refusal);
  await consumeRateLimit(`phone-nonce-id:${idNumber}`, PER_ID);
  const nonce = randomToken(32);
  const expiresAt = new Date(now().getTime() + NONCE_TTL_MS);
  await db().phoneNonce.create({ data: { nonceHash: sha256Hex(nonce), idNumber, bindingHash: sha256Hex(binding), expiresAt } });
  return { nonce, idNumber, operatorUrl: telecom.assertionUrl, expiresAt };
}
