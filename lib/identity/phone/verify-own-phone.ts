/**
 * I5: phone quick verification with the person's own number, in the app. No SMS, no code: the
 * phone states its number and network and confirms its screen lock, the person types their ID
 * number, the operator confirms the pair. Success (re)issues the PHONE credential with a new app
 * password shown once (I9: verifying again is how a forgotten password is replaced) and a login
 * ticket for the app channel.
 */
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { consumeRateLimit, type Limit } from "@/lib/security/rate-limit";
import { newAppPassword } from "@/lib/identity/app-login/app-password";
import { normalizeIdNumber } from "@/lib/identity/app-login/normalize-id-number";
import { checkDeviceConditions, checkSubscriberConditions } from "@/lib/rules";
import { phoneRefusal } from "./refusal-texts";
import { TelecomAnswerRejected, type Network, type TelecomOperator } from "./telecom";
import { telecomOperator } from "./telecom-operator";

export type PhoneVerificationInput = { idNumber: string; phoneNumber: string; network: Network; screenUnlocked: boolean };
export type PhoneVerified = { ticket: string; appPassword: string };

const PER_NUMBER: Limit = { limit: 10, windowSeconds: 600 };

const TELECOM_UNAVAILABLE = new AppError("TELECOM_UNAVAILABLE", "UNAVAILABLE", {
  "zh-TW": "目前無法向電信業者確認門號，請稍後再試。",
  en: "The telecom operator cannot be reached right now. Please try again later.",
});

export async function verifyOwnPhone(input: PhoneVerificationInput, telecom: TelecomOperator = telecomOperator()): Promise<PhoneVerified> {
  const idNumber = normalizeIdNumber(input.idNumber);
  const msisdn = input.phoneNumber;
  // Per number as well as per client address (the route): one phone cannot be used to try ID after ID.
  await consumeRateLimit(`phone-verify-number:${msisdn}`, PER_NUMBER);
  const early = checkDeviceConditions({ idNumber, network: input.network, screenUnlocked: input.screenUnlocked });
  if (early) throw phoneRefusal(early);

  const person = await db().person.findUnique({ where: { idNumber }, select: { id: true } });
  let facts;
  try {
    // Asked even for an unknown ID, so both cases take the same path and time.
    facts = await telecom.checkSubscriber(idNumber, msisdn);
  } catch (e) {
    if (e instanceof TelecomAnswerRejected) {
      console.error(`[phone] telecom answer rejected: ${e.reason}`);
      throw TELECOM_UNAVAILABLE;
    }
    throw e;
  }
  const refusal = checkSubscriberConditions(!!person, facts);
  if (refusal || !person) throw phoneRefusal(refusal ?? "PHONE_NOT_OWN_NUMBER");

  const { password, secretHash } = await newAppPassword();
  const at = now();
  const ticket = await db().$transaction(async (tx) => {
    // One own number per person in the app: an earlier PHONE binding to another number ends.
    await tx.credential.updateMany({
      where: { personId: person.id, method: "PHONE", externalRef: { not: msisdn }, status: { not: "REVOKED" } },
      data: { status: "REVOKED" },
    });
    // The number's credential, new or renewed (I9): new password hash, counters reset. A number
    // the operator now assigns to this person moves to them (numbers are reassigned after 退租).
    const fresh = { personId: person.id, status: "ACTIVE" as const, secretHash, failedAttempts: 0, suspensions: 0, suspendedUntil: null, verifiedAt: at };
    const existing = await tx.credential.findUnique({ where: { method_externalRef: { method: "PHONE", externalRef: msisdn } }, select: { id: true } });
    await tx.credential.upsert({
      where: { method_externalRef: { method: "PHONE", externalRef: msisdn } },
      create: { method: "PHONE", externalRef: msisdn, ...fresh },
      update: fresh,
    });
    await audit(tx, {
      actorKind: "person",
      action: "phone.verified",
      targetType: "person",
      targetId: person.id,
      details: { phoneLast3: msisdn.slice(-3), reissued: !!existing },
    });
    return issueLoginTicket(tx, { personId: person.id, method: "PHONE", channel: "APP" });
  });
  return { ticket, appPassword: password };
}
