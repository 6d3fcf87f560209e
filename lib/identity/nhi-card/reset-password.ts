import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { safeEqual } from "@/lib/security/hash";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import type { AppError } from "@/lib/errors";
import { lockCardCredential } from "./card-credential";
import { cardErrors } from "./errors";
import type { CardProof } from "./protocol";
import type { CardContext } from "./register-card";
import type { PasswordReset } from "./schemas";
import { verifyCardProof } from "./verify-card";

/**
 * I9 forgotten NHI-card password: verify again — the card in the reader plus the household
 * number (nationals) or resident certificate serial (residents) given at registration — then set
 * a new password. Clears the wrong-password counters and any suspension; a CANCELLED registration
 * is not revived (I3 says it must be done again). The person then logs in with the new password.
 */
export async function resetPasswordWithCard(proof: CardProof, reset: PasswordReset, ctx: CardContext): Promise<void> {
  await consumeRateLimit(`nhi-card:${ctx.client}`, LIMITS.verification);
  await consumeRateLimit(`nhi-card-login:${proof.cardNumber}`, LIMITS.login);
  const holder = await verifyCardProof(proof);
  const national = holder.idKind === "NATIONAL";
  if ((reset.kind === "national") !== national) throw cardErrors.kindMismatch(national);
  const secretHash = await hashPassword(reset.password);

  const error = await db().$transaction(async (tx): Promise<AppError | null> => {
    const cred = await lockCardCredential(tx, holder.cardNumber);
    if (!cred || cred.personId !== holder.personId) return cardErrors.notRegistered();
    if (cred.status === "CANCELLED" || cred.status === "REVOKED") return cardErrors.cancelled();
    const person = await tx.person.findUniqueOrThrow({ where: { id: holder.personId }, select: { householdNumber: true, residentCertSerial: true } });
    const registered = national ? person.householdNumber : person.residentCertSerial;
    const given = reset.kind === "national" ? reset.householdNumber : reset.residentCertSerial;
    if (!registered || !safeEqual(registered.toUpperCase(), given)) {
      await audit(tx, { actorKind: "person", action: "nhi-card.reset_refused", targetType: "credential", targetId: cred.id });
      return cardErrors.resetMismatch(national);
    }
    await tx.credential.update({
      where: { id: cred.id },
      data: { secretHash, failedAttempts: 0, suspensions: 0, suspendedUntil: null, status: cred.status === "SUSPENDED" ? "ACTIVE" : cred.status },
    });
    await audit(tx, { actorKind: "person", action: "nhi-card.password_reset", targetType: "credential", targetId: cred.id });
    return null;
  });
  if (error) throw error;
}
