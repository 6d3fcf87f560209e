import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The NHI_CARD credential of a card, read under a row lock so that concurrent logins, resets and
 * registrations of one card apply their changes one after another (no lost wrong-password count).
 */
export async function lockCardCredential(tx: Prisma.TransactionClient, cardNumber: string) {
  await tx.$queryRaw`SELECT id FROM credentials WHERE method = 'NHI_CARD' AND external_ref = ${cardNumber} FOR UPDATE`;
  return tx.credential.findUnique({
    where: { method_externalRef: { method: "NHI_CARD", externalRef: cardNumber } },
    select: { id: true, personId: true, status: true, secretHash: true, failedAttempts: true, suspensions: true, suspendedUntil: true },
  });
}
