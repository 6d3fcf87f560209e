import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { afterRightPassword, afterWrongPassword, loginAllowed, WRONG_PASSWORDS_PER_SUSPENSION } from "@/lib/rules";
import type { AppError } from "@/lib/errors";
import { lockCardCredential } from "./card-credential";
import { cardErrors } from "./errors";
import type { CardProof } from "./protocol";
import type { CardContext } from "./register-card";
import { verifyCardProof } from "./verify-card";

// Checking against a real hash when there is none keeps the response time uniform.
const DUMMY_HASH = hashPassword("no-password-registered");

/**
 * I3 login: the card in the reader (challenge answered) plus the NHI-card password. Three wrong
 * passwords suspend login for 10 minutes; the third suspension cancels the registration. A
 * registration whose e-mail is unconfirmed cannot log in. Success: a login ticket (NHI_CARD, WEB).
 */
export async function loginWithCard(proof: CardProof, password: string, ctx: CardContext): Promise<{ ticket: string }> {
  await consumeRateLimit(`nhi-card:${ctx.client}`, LIMITS.verification);
  await consumeRateLimit(`nhi-card-login:${proof.cardNumber}`, LIMITS.login);
  const holder = await verifyCardProof(proof);
  const before = await db().credential.findUnique({
    where: { method_externalRef: { method: "NHI_CARD", externalRef: holder.cardNumber } },
    select: { personId: true, status: true, secretHash: true, failedAttempts: true, suspensions: true, suspendedUntil: true },
  });
  if (!before || before.personId !== holder.personId) throw cardErrors.notRegistered();
  refuseIfBlocked(before, now());
  const right = await verifyPassword(password, before.secretHash ?? (await DUMMY_HASH));

  const result = await db().$transaction(async (tx): Promise<{ ticket: string } | { error: AppError }> => {
    const at = now();
    const cred = (await lockCardCredential(tx, holder.cardNumber))!;
    const blocked = blockedError(cred, at); // another request may have suspended it meanwhile
    if (blocked) return { error: blocked };
    if (!right) {
      const { next, outcome } = afterWrongPassword(counters(cred), at);
      const status = outcome.kind === "cancelled" ? "CANCELLED" : outcome.kind === "suspended" && cred.status === "ACTIVE" ? "SUSPENDED" : cred.status;
      await tx.credential.update({ where: { id: cred.id }, data: { ...next, status } });
      await audit(tx, { actorKind: "person", action: `nhi-card.login_failed${outcome.kind === "ok" ? "" : `.${outcome.kind}`}`, targetType: "credential", targetId: cred.id });
      if (outcome.kind === "cancelled") return { error: cardErrors.cancelled() };
      if (outcome.kind === "suspended") return { error: cardErrors.suspended(outcome.until) };
      return { error: cardErrors.wrongPassword(WRONG_PASSWORDS_PER_SUSPENSION - next.failedAttempts) };
    }
    const status = cred.status === "SUSPENDED" ? "ACTIVE" : cred.status;
    await tx.credential.update({ where: { id: cred.id }, data: { ...afterRightPassword(counters(cred)), status } });
    if (status === "PENDING") return { error: cardErrors.emailNotConfirmed() };
    await audit(tx, { actorKind: "person", action: "nhi-card.login", targetType: "credential", targetId: cred.id });
    return { ticket: await issueLoginTicket(tx, { personId: cred.personId, method: "NHI_CARD", channel: "WEB" }) };
  });
  if ("error" in result) throw result.error;
  return result;
}

const counters = (c: Blockable) => ({ failedAttempts: c.failedAttempts, suspensions: c.suspensions, suspendedUntil: c.suspendedUntil });

type Blockable = { status: string; failedAttempts: number; suspensions: number; suspendedUntil: Date | null };

function blockedError(cred: Blockable, at: Date): AppError | null {
  if (cred.status === "CANCELLED" || cred.status === "REVOKED") return cardErrors.cancelled();
  const allowed = loginAllowed(cred, at);
  if (allowed.kind === "cancelled") return cardErrors.cancelled();
  if (allowed.kind === "suspended") return cardErrors.suspended(allowed.until);
  return null;
}

function refuseIfBlocked(cred: Blockable, at: Date): void {
  const error = blockedError(cred, at);
  if (error) throw error;
}
