import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { randomToken, secretDigest } from "@/lib/security/hash";
import type { Channel, Prisma, PrismaClient, VerificationMethod } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Login tickets bridge our verification flows and next-auth: a flow that has verified a person
 * (card, certificate, phone, device, counter) issues a ticket; the browser exchanges it at once for
 * a session through the "ticket" credentials provider. Single use, 2 minutes, stored as a hash.
 */
const TICKET_TTL_MS = 2 * 60 * 1000;

export type Verified = { personId: string; method: VerificationMethod; channel: Channel };

export async function issueLoginTicket(tx: Db, v: Verified): Promise<string> {
  const token = randomToken();
  await tx.loginTicket.create({
    data: { ...v, tokenHash: secretDigest(token), expiresAt: new Date(now().getTime() + TICKET_TTL_MS) },
  });
  return token;
}

/** Redeem a ticket once. Null when unknown, used or expired (the caller says only "sign-in failed"). */
export async function redeemLoginTicket(token: unknown): Promise<Verified | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const at = now();
  // Conditional update: of two concurrent redemptions only one matches `usedAt: null`.
  const claimed = await db().loginTicket.updateManyAndReturn({
    where: { tokenHash: secretDigest(token), usedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
    select: { personId: true, method: true, channel: true },
  });
  return claimed[0] ?? null;
}
