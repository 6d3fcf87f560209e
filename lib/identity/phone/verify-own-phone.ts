/**
 * I5: phone quick verification with the person's own number, in the app. No SMS, no code, and no
 * claim of the phone's is believed (issue 7 item 1): the server issued a nonce (./phone-nonce.ts),
 * the phone took it to the operator over its own mobile data, and what comes back is the
 * operator's signed assertion. Here: signature → freshness → nonce (consumed: single use, this
 * browser, unexpired) → the assertion's ID is the nonce's → the I5 conditions on the operator's
 * facts → registry. Success (re)issues the PHONE credential with a new app password shown once
 * (I9) and a login ticket for the app channel. A credential it replaces is announced by SMS to
 * its number and audited, never ended silently.
 */
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { sha256Hex } from "@/lib/security/hash";
import { consumeRateLimit, type Limit } from "@/lib/security/rate-limit";
import { newAppPassword } from "@/lib/identity/app-login/app-password";
import { checkDeviceConditions, checkSubscriberConditions } from "@/lib/rules";
import { phoneErrors } from "./errors";
import { phoneRefusal } from "./refusal-texts";
import { announceRebind } from "./rebind-notice";
import { AssertionRejected, subscriberFacts, verifyAssertion, type SignedAssertion, type TelecomOperator } from "./telecom";
import { telecomOperator } from "./telecom-operator";

export type PhoneVerificationInput = { assertion: SignedAssertion; binding: string | null };
export type PhoneVerified = { ticket: string; appPassword: string };

const PER_NUMBER: Limit = { limit: 10, windowSeconds: 600 };

export async function verifyOwnPhone(input: PhoneVerificationInput, telecom: TelecomOperator = telecomOperator()): Promise<PhoneVerified> {
  const at = now();
  let stated;
  try {
    stated = verifyAssertion(input.assertion, telecom, at);
  } catch (e) {
    if (e instanceof AssertionRejected) {
      console.error(`[phone] operator assertion rejected: ${e.reason}`);
      throw e.reason === "EXPIRED" ? phoneErrors.assertionExpired() : phoneErrors.assertionInvalid();
    }
    throw e;
  }
  if (!input.binding) throw phoneErrors.nonceInvalid();
  // Consumed before anything else is decided: whatever follows, this nonce is spent.
  const claimed = await db().phoneNonce.updateManyAndReturn({
    where: { nonceHash: sha256Hex(stated.nonce), bindingHash: sha256Hex(input.binding), usedAt: null, expiresAt: { gt: at } },
    data: { usedAt: at },
    select: { idNumber: true },
  });
  const nonce = claimed[0];
  if (!nonce) throw phoneErrors.nonceInvalid();
  if (nonce.idNumber !== stated.idNumber) throw phoneErrors.assertionInvalid();
  const idNumber = nonce.idNumber;

  if (stated.msisdn) await consumeRateLimit(`phone-verify-number:${stated.msisdn}`, PER_NUMBER);
  const early = checkDeviceConditions({ idNumber, network: stated.network });
  if (early) throw phoneRefusal(early);
  const person = await db().person.findUnique({ where: { idNumber }, select: { id: true } });
  const refusal = checkSubscriberConditions(!!person, subscriberFacts(stated));
  if (refusal || !person || !stated.msisdn) throw phoneRefusal(refusal ?? "PHONE_NOT_OWN_NUMBER");
  const msisdn = stated.msisdn;

  const { password, secretHash } = await newAppPassword();
  const ticket = await db().$transaction(async (tx) => {
    // Every app credential this verification replaces: the person's PHONE binding to another
    // number, and this number's own (its password is renewed, I9).
    const replaced = await tx.credential.findMany({
      where: { method: "PHONE", status: { not: "REVOKED" }, OR: [{ personId: person.id }, { externalRef: msisdn }] },
      select: { id: true, personId: true, externalRef: true, secretHash: true },
    });
    // One own number per person in the app: an earlier PHONE binding to another number ends.
    await tx.credential.updateMany({
      where: { personId: person.id, method: "PHONE", externalRef: { not: msisdn }, status: { not: "REVOKED" } },
      data: { status: "REVOKED" },
    });
    // The number's credential, new or renewed (I9): new password hash, counters reset. A number
    // the operator now assigns to this person moves to them (numbers are reassigned after 退租).
    const fresh = { personId: person.id, status: "ACTIVE" as const, secretHash, failedAttempts: 0, suspensions: 0, suspendedUntil: null, verifiedAt: at };
    await tx.credential.upsert({
      where: { method_externalRef: { method: "PHONE", externalRef: msisdn } },
      create: { method: "PHONE", externalRef: msisdn, ...fresh },
      update: fresh,
    });
    await announceRebind(tx, { personId: person.id, msisdn, at, replaced: replaced.filter((c) => c.secretHash !== null) });
    await audit(tx, {
      actorKind: "person",
      action: "phone.verified",
      targetType: "person",
      targetId: person.id,
      details: { phoneLast3: msisdn.slice(-3), reissued: replaced.some((c) => c.externalRef === msisdn) },
    });
    return issueLoginTicket(tx, { personId: person.id, method: "PHONE", channel: "APP" });
  });
  return { ticket, appPassword: password };
}
