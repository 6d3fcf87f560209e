/**
 * Step 1 of a certificate sign-in (I4): a one-time nonce for the card to sign. Random (256 bits),
 * valid 2 minutes, single use (consumed by verify-certificate-login). Issuing is rate-limited per
 * client. When the page sends the typed ID number, a foreigner is told at once, before any PIN (I8).
 */
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { randomToken } from "@/lib/security/hash";
import { certErrors } from "./errors";
import { requireNationalId } from "./national-id";

export const CHALLENGE_TTL_MS = 2 * 60 * 1000;
/** Old challenges are swept when new ones are issued; a day later "expired" becomes "unknown". */
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;

export async function issueCertificateChallenge(opts: { client: string; idNumber?: string }): Promise<{ challenge: string; expiresAt: Date }> {
  await consumeRateLimit(`cert-challenge:${opts.client}`, LIMITS.verification);
  if (opts.idNumber !== undefined) requireNationalId(opts.idNumber);
  const at = now();
  const expiresAt = new Date(at.getTime() + CHALLENGE_TTL_MS);
  const nonce = randomToken(32);
  await db().$transaction([
    db().authChallenge.deleteMany({ where: { purpose: "CITIZEN_CERT", expiresAt: { lt: new Date(at.getTime() - SWEEP_AFTER_MS) } } }),
    db().authChallenge.create({ data: { purpose: "CITIZEN_CERT", nonce, expiresAt } }),
  ]);
  return { challenge: nonce, expiresAt };
}

/**
 * Use a challenge once. The conditional update is the guarantee: of two concurrent uses only one
 * matches `usedAt: null`. A miss is then explained (unknown / expired / used) for the person.
 */
export async function consumeCertificateChallenge(nonce: string): Promise<void> {
  const at = now();
  const { count } = await db().authChallenge.updateMany({
    where: { nonce, purpose: "CITIZEN_CERT", usedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
  });
  if (count === 1) return;
  const row = await db().authChallenge.findUnique({ where: { nonce }, select: { purpose: true, usedAt: true, expiresAt: true } });
  if (!row || row.purpose !== "CITIZEN_CERT") throw certErrors.challengeUnknown();
  throw row.usedAt ? certErrors.challengeUsed() : certErrors.challengeExpired();
}
