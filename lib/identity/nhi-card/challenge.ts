import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { randomToken } from "@/lib/security/hash";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { cardErrors } from "./errors";

type Db = PrismaClient | Prisma.TransactionClient;

/** I3: the nonce a card signs lives 2 minutes and can be used once. */
export const CHALLENGE_TTL_MS = 2 * 60 * 1000;

export async function issueCardChallenge(): Promise<{ nonce: string; expiresAt: Date }> {
  const nonce = randomToken(32);
  const expiresAt = new Date(now().getTime() + CHALLENGE_TTL_MS);
  await db().authChallenge.create({ data: { purpose: "NHI_CARD", nonce, expiresAt } });
  return { nonce, expiresAt };
}

/**
 * Use the challenge up, whatever follows: a failed attempt burns it too, so a captured response
 * can never be tried twice. Conditional update: of two concurrent uses only one matches.
 */
export async function consumeCardChallenge(nonce: string, tx: Db = db()): Promise<void> {
  const at = now();
  const { count } = await tx.authChallenge.updateMany({
    where: { nonce, purpose: "NHI_CARD", usedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
  });
  if (count === 1) return;
  const existing = await tx.authChallenge.findUnique({ where: { nonce }, select: { purpose: true, usedAt: true } });
  if (!existing || existing.purpose !== "NHI_CARD") throw cardErrors.challengeUnknown();
  if (existing.usedAt) throw cardErrors.challengeUsed();
  throw cardErrors.challengeExpired();
}
