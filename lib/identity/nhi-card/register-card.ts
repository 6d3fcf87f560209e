import { db } from "@/lib/db/client";
import { now, today } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { dayToDb } from "@/lib/db/days";
import { checkResidentCertificate } from "@/lib/rules";
import { hashPassword } from "@/lib/auth/password";
import { secretDigest } from "@/lib/security/hash";
import { emailConfirmationPlaceholder, emailConfirmationRef, emailConfirmationToken } from "@/lib/notices/secrets";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { deliverEmail, queueEmail } from "@/lib/mail/outbox";
import type { Locale } from "@/lib/i18n/locale";
import { confirmationMail, EMAIL_CONFIRMATION_TTL_MS } from "./confirmation-mail";
import { cardErrors } from "./errors";
import type { CardProof } from "./protocol";
import type { Registration } from "./schemas";
import { verifyCardProof } from "./verify-card";
import { lockCardCredential } from "./card-credential";

export type CardContext = { client: string; locale: Locale };

/**
 * I3 first-use registration (健保卡網路服務註冊), I8 for foreign residents. The card proves who
 * is registering (the person is found by the card, never created); the form adds contact data
 * and the password. The credential stays PENDING until the e-mail link is opened.
 * A PENDING registration may be redone (a mistyped e-mail would otherwise lock the person out),
 * and a CANCELLED one must be (I3: "it must be done again"); an ACTIVE or SUSPENDED one may not.
 */
export async function registerWithCard(proof: CardProof, reg: Registration, ctx: CardContext): Promise<{ email: string }> {
  await consumeRateLimit(`nhi-card:${ctx.client}`, LIMITS.verification);
  const holder = await verifyCardProof(proof);
  const national = holder.idKind === "NATIONAL";
  if ((reg.kind === "national") !== national) throw cardErrors.kindMismatch(national);
  if (reg.kind === "resident") {
    const check = checkResidentCertificate(reg.residentCertIssuedOn, reg.residentCertExpiresOn, today());
    if (!check.ok) throw cardErrors.residentCertificate(check.code);
  }
  const secretHash = await hashPassword(reg.password);
  // The link's token is derived from a random reference and the server secret; the queued mail
  // holds only the reference, the outbox derives the token when it sends (D58).
  const ref = emailConfirmationRef();
  const at = now();

  const noticeId = await db().$transaction(async (tx) => {
    const existing = await lockCardCredential(tx, holder.cardNumber);
    if (existing && (existing.status === "ACTIVE" || existing.status === "SUSPENDED")) throw cardErrors.alreadyRegistered();
    const fresh = { personId: holder.personId, status: "PENDING" as const, secretHash, failedAttempts: 0, suspensions: 0, suspendedUntil: null, verifiedAt: null };
    const credential = existing
      ? await tx.credential.update({ where: { id: existing.id }, data: fresh, select: { id: true } })
      : await tx.credential.create({ data: { ...fresh, method: "NHI_CARD", externalRef: holder.cardNumber }, select: { id: true } });

    const person = await tx.person.findUniqueOrThrow({ where: { id: holder.personId }, select: { name: true, email: true, emailVerifiedAt: true } });
    await tx.person.update({
      where: { id: holder.personId },
      data: {
        address: reg.address,
        phone: reg.phone,
        email: reg.email,
        emailVerifiedAt: person.email === reg.email ? person.emailVerifiedAt : null,
        ...(reg.kind === "national"
          ? { householdNumber: reg.householdNumber }
          : {
              residentCertIssuedOn: dayToDb(reg.residentCertIssuedOn),
              residentCertExpiresOn: dayToDb(reg.residentCertExpiresOn),
              residentCertSerial: reg.residentCertSerial,
            }),
      },
    });
    // One live confirmation link per person: an earlier registration's link stops working.
    await tx.personToken.deleteMany({ where: { personId: holder.personId, purpose: "EMAIL_CONFIRMATION", usedAt: null } });
    const tokenRow = await tx.personToken.create({
      data: { purpose: "EMAIL_CONFIRMATION", tokenHash: secretDigest(emailConfirmationToken(ref)), personId: holder.personId, expiresAt: new Date(at.getTime() + EMAIL_CONFIRMATION_TTL_MS) },
      select: { id: true },
    });
    const mail = confirmationMail(ctx.locale, person.name, emailConfirmationPlaceholder(ref));
    const notice = await queueEmail(tx, {
      kind: "EMAIL_CONFIRMATION",
      personId: holder.personId,
      to: reg.email,
      locale: ctx.locale,
      ...mail,
      dedupeKey: `email-confirmation:${tokenRow.id}`,
    });
    await audit(tx, {
      actorKind: "person",
      action: existing ? "nhi-card.re-register" : "nhi-card.register",
      targetType: "credential",
      targetId: credential.id,
      details: { previousStatus: existing?.status ?? null, kind: reg.kind },
    });
    return notice.id;
  });
  await deliverEmail(noticeId);
  return { email: reg.email };
}
