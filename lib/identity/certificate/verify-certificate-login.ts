/**
 * Step 2 of a certificate sign-in (I4): the card has signed our nonce; decide who this is.
 * Order matters and each step has its own refusal:
 *   rate limit → typed ID (format; nationals only, I8) → the challenge (unknown / expired / used)
 *   → the CMS signature over exactly that nonce → the chain to the trusted root, dates and CRL
 *   → the certificate belongs to the typed ID (last 4 digits, and the registry's name = CN).
 * Success records the credential (one Person, however many ways they verify: I1) and issues a
 * login ticket in the same transaction. Children may verify; ordering refuses them later (O1).
 * Nothing secret is logged; a citizen's own sign-in is not audited (the audit log is for staff).
 */
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { x509 } from "./crypto-libs";
import { certErrors } from "./errors";
import { requireNationalId } from "./national-id";
import { consumeCertificateChallenge } from "./issue-challenge";
import { verifyCmsOverNonce } from "./verify-cms";
import { checkChain, type ChainOutcome } from "./verify-chain";
import { last4Matches, readCitizenCertificate, sameName } from "./moica-profile";
import { defaultTrustStore, type TrustStore } from "./trust-store";

export type CertificateLogin = { challenge: string; idNumber: string; signature: string };

const CHAIN_ERRORS: Record<Exclude<ChainOutcome, "OK">, () => Error> = {
  UNTRUSTED_CA: certErrors.untrustedCa,
  CERT_EXPIRED: certErrors.certExpired,
  CERT_NOT_YET_VALID: certErrors.certNotYetValid,
  CERT_REVOKED: certErrors.certRevoked,
  REVOCATION_UNAVAILABLE: certErrors.revocationUnavailable,
};

export async function verifyCertificateLogin(
  input: CertificateLogin,
  opts: { client: string; trustStore?: TrustStore },
): Promise<{ ticket: string; personId: string }> {
  await consumeRateLimit(`cert-login:${opts.client}`, LIMITS.verification);
  const idNumber = requireNationalId(input.idNumber);
  await consumeCertificateChallenge(input.challenge);

  const cms = await verifyCmsOverNonce(Buffer.from(input.signature, "base64"), new TextEncoder().encode(input.challenge));
  if (!cms.ok) throw certErrors.badSignature();
  const cert = new x509.X509Certificate(cms.signerCertDer);
  const facts = readCitizenCertificate(cert);
  // A card's encryption certificate (or any non-signing one) cannot stand behind a signature.
  if (!facts.forSigning) throw certErrors.badSignature();

  const at = now();
  const trust = await (opts.trustStore ?? defaultTrustStore()).load(at);
  const outcome = await checkChain(cms.signerCertDer, trust, at);
  if (outcome !== "OK") throw CHAIN_ERRORS[outcome]();
  if (!facts.serial) throw certErrors.untrustedCa(); // trusted CA but not the citizen profile

  // Same refusal whether the ID is unknown, its last 4 differ, or the name differs (no enumeration).
  const person = await db().person.findUnique({ where: { idNumber }, select: { id: true, name: true, idKind: true } });
  if (!person || person.idKind !== "NATIONAL" || !last4Matches(idNumber, facts.last4) || !sameName(facts.name, person.name)) {
    throw certErrors.idMismatch();
  }

  const serial = facts.serial;
  const ticket = await db().$transaction(async (tx) => {
    const existing = await tx.credential.findUnique({
      where: { method_externalRef: { method: "CITIZEN_CERT", externalRef: serial } },
      select: { id: true, personId: true, status: true },
    });
    if (existing && existing.personId !== person.id) throw certErrors.idMismatch();
    if (existing?.status === "REVOKED") throw certErrors.certRevoked(); // revoked here, whatever the CRL says
    // Upsert (ON CONFLICT) so two first sign-ins at once both succeed on the one row.
    const credential = await tx.credential.upsert({
      where: { method_externalRef: { method: "CITIZEN_CERT", externalRef: serial } },
      create: { personId: person.id, method: "CITIZEN_CERT", externalRef: serial, status: "ACTIVE", verifiedAt: at },
      update: { status: "ACTIVE", verifiedAt: at },
      select: { personId: true },
    });
    if (credential.personId !== person.id) throw certErrors.idMismatch();
    return issueLoginTicket(tx, { personId: person.id, method: "CITIZEN_CERT", channel: "WEB" });
  });
  return { ticket, personId: person.id };
}
