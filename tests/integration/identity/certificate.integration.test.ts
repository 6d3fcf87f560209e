import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/security/rate-limit";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { completeIdNumber } from "@/lib/rules";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { upsertPerson } from "@/lib/seed/factories";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { createTestCa, cardSerial, DEMO_PIN, type CardPlan } from "@/lib/identity/certificate/standin-ca";
import { publishCrl } from "@/lib/identity/certificate/standin-crl";
import { createStandinSigner } from "@/lib/identity/certificate/standin-signer";
import { standinTrustStore } from "@/lib/identity/certificate/standin-trust-store";
import { cardCertPath, cardKeyPath, crlPath, readCert, readPrivateKey } from "@/lib/identity/certificate/standin-ca-files";
import { signAsCms } from "@/lib/identity/certificate/cms-sign";
import { issueCertificateChallenge } from "@/lib/identity/certificate/issue-challenge";
import { verifyCertificateLogin } from "@/lib/identity/certificate/verify-certificate-login";
import { x509 } from "@/lib/identity/certificate/crypto-libs";
import { resetDatabase, testDb } from "../helpers/db";

// I4 against the real test database and a test CA generated into a temp folder.
const prisma = testDb();
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const WANG = person("王小明"); // valid card, and a card from the impostor CA
const LIN = person("林美玲"); // revoked
const CHEN = person("陳志豪"); // expired
const HUANG = person("黃閏年"); // not yet valid
const LI = person("李秀英"); // card whose CN differs from the registry's name
const CHILD = person("張小華"); // a child: may verify (O1 applies when ordering)
const NGUYEN = person("NGUYEN THI LAN"); // foreign resident

const PLAN: CardPlan[] = [
  { idNumber: WANG.idNumber, name: WANG.name, issuer: "moica", state: "valid" },
  { idNumber: WANG.idNumber, name: WANG.name, issuer: "impostor", state: "valid" },
  { idNumber: LIN.idNumber, name: LIN.name, issuer: "moica", state: "revoked" },
  { idNumber: CHEN.idNumber, name: CHEN.name, issuer: "moica", state: "expired" },
  { idNumber: HUANG.idNumber, name: HUANG.name, issuer: "moica", state: "not-yet-valid" },
  { idNumber: LI.idNumber, name: "李秀瑛", issuer: "moica", state: "valid" },
  { idNumber: CHILD.idNumber, name: CHILD.name, issuer: "moica", state: "valid" },
];

let dir: string;
let client = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "emask-moica-login-"));
  await createTestCa({ dir, cards: PLAN });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  await resetDatabase();
  for (const p of DEMO_PEOPLE) await upsertPerson(prisma, p);
});

const opts = () => ({ client: `test-${++client}`, trustStore: standinTrustStore(dir) });
const card = (idNumber: string, issuer: "moica" | "impostor" = "moica") => cardSerial(idNumber, issuer);

/** The browser's flow: challenge → the card signs it (PIN checked) → the payload to verify. */
async function signedAttempt(idNumber: string, cardId = card(idNumber)) {
  const { challenge } = await issueCertificateChallenge({ client: `c-${++client}`, idNumber });
  const signature = await createStandinSigner(dir).sign({ card: cardId, pin: DEMO_PIN, nonce: challenge });
  return { challenge, idNumber, signature };
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  const e = (await p.then(() => null, (err: unknown) => err)) as { code: string; status: number; text: { "zh-TW": string; en: string } } | null;
  if (!e) throw new Error("expected a refusal, got success");
  return { code: e.code, status: e.status, message: `${e.text["zh-TW"]} ${e.text.en}` };
}

describe("I4 citizen certificate sign-in (server verification)", () => {
  it("I4: a national signs in — Credential CITIZEN_CERT ACTIVE with the 16-character serial, and a WEB ticket", async () => {
    const { ticket, personId } = await verifyCertificateLogin(await signedAttempt(WANG.idNumber), opts());
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    expect(personId).toBe(wang.id);
    const creds = await prisma.credential.findMany({ where: { personId } });
    expect(creds).toHaveLength(1);
    expect(creds[0]).toMatchObject({ method: "CITIZEN_CERT", externalRef: card(WANG.idNumber), status: "ACTIVE" });
    expect(creds[0]!.externalRef).toHaveLength(16);
    expect(creds[0]!.verifiedAt).toBeInstanceOf(Date);
    expect(await redeemLoginTicket(ticket)).toEqual({ personId, method: "CITIZEN_CERT", channel: "WEB" });
    // A citizen's own sign-in is not written to the staff audit log.
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it("I4: signing in again keeps one credential row (updated), not a second one", async () => {
    await verifyCertificateLogin(await signedAttempt(WANG.idNumber), opts());
    const first = await prisma.credential.findFirstOrThrow();
    await verifyCertificateLogin(await signedAttempt(` ${WANG.idNumber.toLowerCase()} `, card(WANG.idNumber)), opts());
    const rows = await prisma.credential.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.verifiedAt!.getTime()).toBeGreaterThanOrEqual(first.verifiedAt!.getTime());
  });

  it("I1: someone already verified by NHI card signs in with the certificate — the same Person row, two credentials", async () => {
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    await prisma.credential.create({ data: { personId: wang.id, method: "NHI_CARD", externalRef: WANG.cardNumber, status: "ACTIVE" } });
    const people = await prisma.person.count();
    const { personId } = await verifyCertificateLogin(await signedAttempt(WANG.idNumber), opts());
    expect(personId).toBe(wang.id);
    expect(await prisma.person.count()).toBe(people);
    expect((await prisma.credential.findMany({ where: { personId }, orderBy: { method: "asc" } })).map((c) => c.method)).toEqual(["NHI_CARD", "CITIZEN_CERT"]);
  });

  it("I4: a child may verify with a certificate (ordering refuses children later, O1)", async () => {
    const { personId } = await verifyCertificateLogin(await signedAttempt(CHILD.idNumber), opts());
    expect((await prisma.person.findUniqueOrThrow({ where: { id: personId } })).name).toBe(CHILD.name);
  });

  it("I4: a replayed challenge is refused (CHALLENGE_USED)", async () => {
    const attempt = await signedAttempt(WANG.idNumber);
    await verifyCertificateLogin(attempt, opts());
    expect(await refusal(verifyCertificateLogin(attempt, opts()))).toMatchObject({ code: "CHALLENGE_USED", status: 401 });
    expect(await prisma.loginTicket.count()).toBe(1);
  });

  it("I4: two concurrent uses of one signed challenge — exactly one succeeds", async () => {
    const attempt = await signedAttempt(WANG.idNumber);
    const results = await Promise.allSettled([1, 2, 3].map(() => verifyCertificateLogin(attempt, opts())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.credential.count()).toBe(1);
  });

  it("I4: an expired challenge is refused (CHALLENGE_EXPIRED) and one never issued is CHALLENGE_UNKNOWN", async () => {
    const attempt = await signedAttempt(WANG.idNumber);
    await prisma.authChallenge.update({ where: { nonce: attempt.challenge }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refusal(verifyCertificateLogin(attempt, opts()))).toMatchObject({ code: "CHALLENGE_EXPIRED" });

    const nonce = "never-issued-nonce-0123456789abcdef";
    const signature = await createStandinSigner(dir).sign({ card: card(WANG.idNumber), pin: DEMO_PIN, nonce });
    expect(await refusal(verifyCertificateLogin({ challenge: nonce, idNumber: WANG.idNumber, signature }, opts()))).toMatchObject({ code: "CHALLENGE_UNKNOWN" });
  });

  it("I4: a challenge lives 2 minutes", async () => {
    const before = Date.now();
    const { expiresAt } = await issueCertificateChallenge({ client: "ttl", idNumber: WANG.idNumber });
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(119_000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(121_000);
  });

  it("I4: a tampered signature is refused (BAD_SIGNATURE)", async () => {
    const attempt = await signedAttempt(WANG.idNumber);
    const der = Buffer.from(attempt.signature, "base64");
    der[der.length - 1] = der[der.length - 1]! ^ 0xff;
    expect(await refusal(verifyCertificateLogin({ ...attempt, signature: der.toString("base64") }, opts()))).toMatchObject({ code: "BAD_SIGNATURE", status: 401 });
  });

  it("I4: a signature over another nonce is refused (BAD_SIGNATURE), and burns the challenge", async () => {
    const mine = await issueCertificateChallenge({ client: "x", idNumber: WANG.idNumber });
    const other = await signedAttempt(WANG.idNumber);
    expect(await refusal(verifyCertificateLogin({ ...other, challenge: mine.challenge }, opts()))).toMatchObject({ code: "BAD_SIGNATURE" });
    expect((await prisma.authChallenge.findUniqueOrThrow({ where: { nonce: mine.challenge } })).usedAt).not.toBeNull();
  });

  it("I4: a forged signature — the genuine certificate, but signed with another key — is refused (BAD_SIGNATURE)", async () => {
    const { challenge } = await issueCertificateChallenge({ client: "f" });
    const genuine = readCert(cardCertPath(dir, card(WANG.idNumber)));
    const otherKey = await readPrivateKey(cardKeyPath(dir, card(WANG.idNumber, "impostor")));
    const der = await signAsCms({ data: new TextEncoder().encode(challenge), certDer: genuine.rawData, key: otherKey, signingTime: new Date() });
    const forged = { challenge, idNumber: WANG.idNumber, signature: Buffer.from(der).toString("base64") };
    expect(await refusal(verifyCertificateLogin(forged, opts()))).toMatchObject({ code: "BAD_SIGNATURE" });
  });

  it("I4: a certificate from another CA — even one whose intermediate copies MOICA's name — is refused (UNTRUSTED_CA)", async () => {
    const attempt = await signedAttempt(WANG.idNumber, card(WANG.idNumber, "impostor"));
    expect(await refusal(verifyCertificateLogin(attempt, opts()))).toMatchObject({ code: "UNTRUSTED_CA", status: 401 });
    expect(await prisma.credential.count()).toBe(0);
  });

  it("I4: a revoked certificate is refused (CERT_REVOKED)", async () => {
    expect(await refusal(verifyCertificateLogin(await signedAttempt(LIN.idNumber), opts()))).toMatchObject({ code: "CERT_REVOKED" });
  });

  it("I4: an expired certificate is refused (CERT_EXPIRED)", async () => {
    expect(await refusal(verifyCertificateLogin(await signedAttempt(CHEN.idNumber), opts()))).toMatchObject({ code: "CERT_EXPIRED" });
  });

  it("I4: a certificate not yet valid is refused (CERT_NOT_YET_VALID)", async () => {
    expect(await refusal(verifyCertificateLogin(await signedAttempt(HUANG.idNumber), opts()))).toMatchObject({ code: "CERT_NOT_YET_VALID" });
  });

  it("I4: a CRL not signed by MOICA is not believed — revocation cannot be checked (REVOCATION_UNAVAILABLE, 503)", async () => {
    const genuine = readFileSync(crlPath(dir, "moica"), "utf8");
    try {
      // The impostor CA (same name as MOICA) publishes an empty CRL in MOICA's place.
      const forged = await x509.X509CrlGenerator.create({
        issuer: readCert(path.join(dir, "ca", "impostor-ca.cert.pem")).subjectName,
        thisUpdate: new Date(Date.now() - 60_000),
        nextUpdate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
        entries: [],
        signingKey: await readPrivateKey(path.join(dir, "ca", "impostor-ca.key.pem")),
        signingAlgorithm: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as Algorithm,
      });
      writeFileSync(crlPath(dir, "moica"), forged.toString("pem"));
      expect(await refusal(verifyCertificateLogin(await signedAttempt(LIN.idNumber), opts()))).toMatchObject({ code: "REVOCATION_UNAVAILABLE", status: 503 });
      expect(await refusal(verifyCertificateLogin(await signedAttempt(WANG.idNumber), opts()))).toMatchObject({ code: "REVOCATION_UNAVAILABLE" });
    } finally {
      writeFileSync(crlPath(dir, "moica"), genuine);
      await publishCrl(dir, "moica", new Date());
    }
  });

  it("I4: wrong last 4 and an unknown ID get the same ID_MISMATCH, which reveals neither the digits nor the ID's existence", async () => {
    // Wang's card with Lin's ID number (a real person; last 4 differ).
    const wrongLast4 = await signedAttempt(LIN.idNumber, card(WANG.idNumber));
    const a = await refusal(verifyCertificateLogin(wrongLast4, opts()));
    // Wang's card with an ID number nobody holds, that even ends with Wang's 4 digits.
    const taken = new Set(DEMO_PEOPLE.map((p) => p.idNumber));
    const candidates = [..."ABCDEFGHJKLMNPQRSTUVXYWZIO"].flatMap((area) => [..."0123456789"].map((d) => completeIdNumber(`${area}1${d}${WANG.idNumber.slice(3, 9)}`)));
    const unknown = candidates.find((c) => c.slice(-4) === WANG.idNumber.slice(-4) && !taken.has(c)) ?? "";
    expect(unknown).not.toBe("");
    const b = await refusal(verifyCertificateLogin(await signedAttempt(unknown, card(WANG.idNumber)), opts()));
    expect(a).toMatchObject({ code: "ID_MISMATCH", status: 401 });
    expect(b).toEqual(a);
    for (const secret of [WANG.idNumber.slice(-4), LIN.idNumber.slice(-4)]) expect(a.message).not.toContain(secret);
    expect(await prisma.credential.count()).toBe(0);
  });

  it("I4: a certificate whose name differs from the registry's is ID_MISMATCH too", async () => {
    expect(await refusal(verifyCertificateLogin(await signedAttempt(LI.idNumber), opts()))).toMatchObject({ code: "ID_MISMATCH" });
  });

  it("I8: a foreign resident is refused before any cryptography (FOREIGNER_NOT_ALLOWED) — at the challenge and at verification", async () => {
    expect(await refusal(issueCertificateChallenge({ client: "fx", idNumber: NGUYEN.idNumber }))).toMatchObject({ code: "FOREIGNER_NOT_ALLOWED", status: 403 });
    expect(await prisma.authChallenge.count()).toBe(0);
    // Even with a valid challenge and a genuine signature, the number alone decides; the challenge stays unused.
    const attempt = await signedAttempt(WANG.idNumber);
    expect(await refusal(verifyCertificateLogin({ ...attempt, idNumber: NGUYEN.idNumber }, opts()))).toMatchObject({ code: "FOREIGNER_NOT_ALLOWED" });
    expect(await refusal(verifyCertificateLogin({ ...attempt, idNumber: completeIdNumber("FC0246813") }, opts()))).toMatchObject({ code: "FOREIGNER_NOT_ALLOWED" });
    expect((await prisma.authChallenge.findUniqueOrThrow({ where: { nonce: attempt.challenge } })).usedAt).toBeNull();
  });

  it("I2: a malformed ID number is a VALIDATION error (ID_NUMBER_INVALID)", async () => {
    const attempt = await signedAttempt(WANG.idNumber);
    expect(await refusal(verifyCertificateLogin({ ...attempt, idNumber: "A12345678X" }, opts()))).toMatchObject({ code: "ID_NUMBER_INVALID", status: 422 });
  });

  it("I4: verification attempts are rate-limited per client (RATE_LIMITED past LIMITS.verification)", async () => {
    const same = { client: "guesser", trustStore: standinTrustStore(dir) };
    const bogus = { challenge: "x".repeat(43), idNumber: WANG.idNumber, signature: "AAAA" };
    for (let i = 0; i < LIMITS.verification.limit; i++) expect((await refusal(verifyCertificateLogin(bogus, same))).code).toBe("CHALLENGE_UNKNOWN");
    expect(await refusal(verifyCertificateLogin(bogus, same))).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    // Another client is not affected.
    expect((await refusal(verifyCertificateLogin(bogus, opts()))).code).toBe("CHALLENGE_UNKNOWN");
  });

  it("I4: a credential revoked here stays refused even with a valid certificate (CERT_REVOKED)", async () => {
    const { personId } = await verifyCertificateLogin(await signedAttempt(WANG.idNumber), opts());
    await prisma.credential.updateMany({ where: { personId }, data: { status: "REVOKED" } });
    expect(await refusal(verifyCertificateLogin(await signedAttempt(WANG.idNumber), opts()))).toMatchObject({ code: "CERT_REVOKED" });
  });
});
