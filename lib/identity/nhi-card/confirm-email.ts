import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { secretDigest } from "@/lib/security/hash";
import { cardErrors } from "./errors";

/**
 * I3: opening the e-mail link confirms the address and activates the NHI-card registration.
 * Single use (conditional update), 24 hours. Used, expired and unknown links are told apart:
 * the token is 256 random bits, so nobody can guess their way to an "expired" answer.
 */
export async function confirmEmail(token: string): Promise<void> {
  const at = now();
  const tokenHash = secretDigest(token);
  await db().$transaction(async (tx) => {
    const claimed = await tx.personToken.updateManyAndReturn({
      where: { tokenHash, purpose: "EMAIL_CONFIRMATION", usedAt: null, expiresAt: { gt: at } },
      data: { usedAt: at },
      select: { personId: true },
    });
    const personId = claimed[0]?.personId;
    if (!personId) {
      const row = await tx.personToken.findUnique({ where: { tokenHash }, select: { purpose: true, usedAt: true } });
      if (!row || row.purpose !== "EMAIL_CONFIRMATION") throw cardErrors.emailTokenInvalid();
      throw row.usedAt ? cardErrors.emailTokenUsed() : cardErrors.emailTokenExpired();
    }
    await tx.person.update({ where: { id: personId }, data: { emailVerifiedAt: at } });
    const { count } = await tx.credential.updateMany({
      where: { personId, method: "NHI_CARD", status: "PENDING" },
      data: { status: "ACTIVE", verifiedAt: at },
    });
    await audit(tx, { actorKind: "person", action: "nhi-card.email_confirmed", targetType: "person", targetId: personId, details: { activated: count } });
  });
}
