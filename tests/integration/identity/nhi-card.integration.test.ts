import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sentMailTo } from "@/lib/mail/mailbox";
import { secretDigest } from "@/lib/security/hash";
import { beforeEach, describe, expect, it } from "vitest";
import { buildPerson, syntheticIdNumber, upsertPerson, type PersonSeed } from "@/lib/seed/factories";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { standinDir } from "@/lib/identity/standins/dir";
import { issueCardChallenge } from "@/lib/identity/nhi-card/challenge";
import { cardResponse, cardSecret, type CardProof } from "@/lib/identity/nhi-card/protocol";
import { signWithCard } from "@/lib/identity/nhi-card/standin-card-reader";
import { standinMasterKey } from "@/lib/identity/nhi-card/standin-master-key";
import { setupStandin } from "@/lib/identity/nhi-card/standin-setup";
import { registerWithCard } from "@/lib/identity/nhi-card/register-card";
import { confirmEmail } from "@/lib/identity/nhi-card/confirm-email";
import { loginWithCard } from "@/lib/identity/nhi-card/login-card";
import { resetPasswordWithCard } from "@/lib/identity/nhi-card/reset-password";
import { passwordResetSchema, registrationSchema } from "@/lib/identity/nhi-card/schemas";
import { databaseUrl, resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const ctx = { client: "it-client", locale: "zh-TW" as const };
const NATIONAL = buildPerson(1);
const RESIDENT = buildPerson(2, { idNumber: syntheticIdNumber(2, "8") });
const CHILD = buildPerson(3, { birthDate: "2016-05-01" });

/** What the browser does: a challenge from the server, signed by the card in the (stand-in) reader. */
async function prove(cardNumber: string): Promise<CardProof> {
  const { nonce } = await issueCardChallenge();
  return { cardNumber, nonce, response: await signWithCard(cardNumber, nonce) };
}

const nationalForm = (o: Record<string, unknown> = {}) =>
  registrationSchema.parse({ kind: "national", householdNumber: "F1234567", address: "臺北市信義區松仁路100號", phone: "0912-000-001", email: "Person1@Example.test", password: "secret1", passwordConfirm: "secret1", ...o });
const residentForm = (o: Record<string, unknown> = {}) =>
  registrationSchema.parse({ kind: "resident", residentCertIssuedOn: "2020-01-10", residentCertExpiresOn: "2099-01-09", residentCertSerial: "YD00012345", address: "臺中市西屯區西屯路二段300號", phone: "0998765432", email: "resident@example.test", password: "secret2", passwordConfirm: "secret2", ...o });

/** The link as the person receives it: from the delivered mail (the outbox keeps no text, D58). */
async function confirmationToken(email: string): Promise<string> {
  const [mail] = sentMailTo(email, 1, databaseUrl());
  return /token=([\w-]+)/.exec(mail!.text)![1]!;
}

async function registered(p: PersonSeed = NATIONAL, form = nationalForm()) {
  await registerWithCard(await prove(p.cardNumber), form, ctx);
  await confirmEmail(await confirmationToken(form.email));
}

const credentialOf = (cardNumber: string) => prisma.credential.findUniqueOrThrow({ where: { method_externalRef: { method: "NHI_CARD", externalRef: cardNumber } } });

beforeEach(async () => {
  await resetDatabase();
  for (const p of [NATIONAL, RESIDENT, CHILD]) await upsertPerson(prisma, p);
  await setupStandin({ prisma, databaseUrl: databaseUrl(), log: () => {} });
});

describe("I3: registration with the NHI card", () => {
  it("I3: a national registers: credential PENDING with a scrypt hash, contact data saved, confirmation e-mail queued and delivered", async () => {
    const result = await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx);
    expect(result).toEqual({ email: "person1@example.test" });
    const cred = await credentialOf(NATIONAL.cardNumber);
    expect(cred).toMatchObject({ status: "PENDING", failedAttempts: 0, suspensions: 0 });
    expect(cred.secretHash).toMatch(/^scrypt\$/);
    expect(cred.secretHash).not.toContain("secret1");
    const person = await prisma.person.findUniqueOrThrow({ where: { idNumber: NATIONAL.idNumber } });
    expect(person).toMatchObject({ householdNumber: "F1234567", phone: "0912000001", email: "person1@example.test", emailVerifiedAt: null, residentCertSerial: null });
    const notice = await prisma.notice.findFirstOrThrow({ where: { personId: person.id } });
    expect(notice).toMatchObject({ kind: "EMAIL_CONFIRMATION", channel: "EMAIL", status: "SENT", recipient: "person1@example.test" });
    const token = await prisma.personToken.findFirstOrThrow({ where: { personId: person.id, purpose: "EMAIL_CONFIRMATION" } });
    const [mail] = sentMailTo("person1@example.test", 1, databaseUrl());
    expect(mail!.text).toMatch(/\/verify\/card\/confirm\?token=[\w-]{40,}/);
    expect(secretDigest(/token=([\w-]+)/.exec(mail!.text)![1]!)).toBe(token.tokenHash); // only the digest is stored
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeGreaterThan(23.9 * 3600_000);
    const eml = path.join(standinDir("mail"), `${notice.id}.eml`);
    expect(existsSync(eml)).toBe(true);
    expect(readFileSync(eml, "utf8")).toContain("To: <person1@example.test>");
  });

  it("issue 7 item 6: the confirmation link's token is in no database row; the sent notice keeps no text; the mailed link works", async () => {
    await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx);
    const token = await confirmationToken("person1@example.test");
    const rows = await prisma.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(n)::text AS row FROM notices n UNION ALL SELECT row_to_json(t)::text FROM person_tokens t`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const { row } of rows) expect(row).not.toContain(token);
    expect(await prisma.notice.findFirstOrThrow({ where: { kind: "EMAIL_CONFIRMATION" } })).toMatchObject({ status: "SENT", body: "" });
    await confirmEmail(token);
    expect((await credentialOf(NATIONAL.cardNumber)).status).toBe("ACTIVE");
  });

  it("I8: a foreign resident registers with the resident certificate instead of a household number", async () => {
    await registerWithCard(await prove(RESIDENT.cardNumber), residentForm(), ctx);
    const person = await prisma.person.findUniqueOrThrow({ where: { idNumber: RESIDENT.idNumber } });
    expect(person).toMatchObject({ householdNumber: null, residentCertSerial: "YD00012345", idKind: "RESIDENT" });
    expect(person.residentCertExpiresOn?.toISOString().slice(0, 10)).toBe("2099-01-09");
    expect((await credentialOf(RESIDENT.cardNumber)).status).toBe("PENDING");
  });

  it("I8: an expired resident certificate is refused (RESIDENT_CERT_EXPIRED), and nothing is saved", async () => {
    await expect(registerWithCard(await prove(RESIDENT.cardNumber), residentForm({ residentCertIssuedOn: "2010-01-01", residentCertExpiresOn: "2013-01-01" }), ctx)).rejects.toMatchObject({ code: "RESIDENT_CERT_EXPIRED" });
    expect(await prisma.credential.count()).toBe(0);
  });

  it("I3/I8: a national must give a household number and a resident the certificate (REGISTRATION_KIND_MISMATCH)", async () => {
    await expect(registerWithCard(await prove(NATIONAL.cardNumber), residentForm(), ctx)).rejects.toMatchObject({ code: "REGISTRATION_KIND_MISMATCH" });
    await expect(registerWithCard(await prove(RESIDENT.cardNumber), nationalForm(), ctx)).rejects.toMatchObject({ code: "REGISTRATION_KIND_MISMATCH" });
  });

  it("I3: [decision] a child may register (ordering refuses children later, O1)", async () => {
    await registered(CHILD, nationalForm({ email: "child@example.test" }));
    expect((await credentialOf(CHILD.cardNumber)).status).toBe("ACTIVE");
  });

  it("I3: an active registration cannot be overwritten (ALREADY_REGISTERED); a pending one can be redone and its old link stops working", async () => {
    await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm({ email: "typo@example.test" }), ctx);
    const oldToken = await confirmationToken("typo@example.test");
    await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx);
    await expect(confirmEmail(oldToken)).rejects.toMatchObject({ code: "EMAIL_TOKEN_INVALID" });
    await confirmEmail(await confirmationToken("person1@example.test"));
    await expect(registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx)).rejects.toMatchObject({ code: "ALREADY_REGISTERED", status: 409 });
  });
});

describe("I3: e-mail confirmation", () => {
  it("I3: the link confirms once: e-mail verified, credential ACTIVE; again → EMAIL_TOKEN_USED", async () => {
    await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx);
    const token = await confirmationToken("person1@example.test");
    await confirmEmail(token);
    expect((await credentialOf(NATIONAL.cardNumber)).status).toBe("ACTIVE");
    expect((await prisma.person.findUniqueOrThrow({ where: { idNumber: NATIONAL.idNumber } })).emailVerifiedAt).not.toBeNull();
    await expect(confirmEmail(token)).rejects.toMatchObject({ code: "EMAIL_TOKEN_USED" });
  });

  it("I3: an expired link (24 h) is EMAIL_TOKEN_EXPIRED and a made-up one EMAIL_TOKEN_INVALID", async () => {
    await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx);
    const token = await confirmationToken("person1@example.test");
    await prisma.personToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmEmail(token)).rejects.toMatchObject({ code: "EMAIL_TOKEN_EXPIRED" });
    await expect(confirmEmail("x".repeat(43))).rejects.toMatchObject({ code: "EMAIL_TOKEN_INVALID" });
    expect((await credentialOf(NATIONAL.cardNumber)).status).toBe("PENDING");
  });
});

describe("I3: challenges and card signatures", () => {
  it("I3: a replayed challenge is refused (CHALLENGE_USED)", async () => {
    await registered();
    const proof = await prove(NATIONAL.cardNumber);
    await loginWithCard(proof, "secret1", ctx);
    await expect(loginWithCard(proof, "secret1", ctx)).rejects.toMatchObject({ code: "CHALLENGE_USED" });
  });

  it("I3: an expired challenge (2 minutes) is refused (CHALLENGE_EXPIRED); an unknown nonce CHALLENGE_UNKNOWN", async () => {
    await registered();
    const proof = await prove(NATIONAL.cardNumber);
    const row = await prisma.authChallenge.findUniqueOrThrow({ where: { nonce: proof.nonce } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(120_000);
    await prisma.authChallenge.update({ where: { nonce: proof.nonce }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(loginWithCard(proof, "secret1", ctx)).rejects.toMatchObject({ code: "CHALLENGE_EXPIRED" });
    await expect(loginWithCard({ ...proof, nonce: "u".repeat(43) }, "secret1", ctx)).rejects.toMatchObject({ code: "CHALLENGE_UNKNOWN" });
  });

  it("I3: a forged or tampered response is refused (CARD_RESPONSE_INVALID), and the challenge is used up", async () => {
    await registered();
    const proof = await prove(NATIONAL.cardNumber);
    const tampered = proof.response.slice(0, -1) + (proof.response.endsWith("0") ? "1" : "0");
    await expect(loginWithCard({ ...proof, response: tampered }, "secret1", ctx)).rejects.toMatchObject({ code: "CARD_RESPONSE_INVALID", status: 401 });
    await expect(loginWithCard(proof, "secret1", ctx)).rejects.toMatchObject({ code: "CHALLENGE_USED" });
    // A key of one's own (not the issuer's) makes a well-formed but false answer.
    const { nonce } = await issueCardChallenge();
    const forged = cardResponse(cardSecret(Buffer.alloc(32, 1), NATIONAL.cardNumber), nonce, NATIONAL.cardNumber);
    await expect(loginWithCard({ cardNumber: NATIONAL.cardNumber, nonce, response: forged }, "secret1", ctx)).rejects.toMatchObject({ code: "CARD_RESPONSE_INVALID" });
  });

  it("I3: one card's answer cannot pass as another card's (CARD_RESPONSE_INVALID)", async () => {
    await registered(RESIDENT, residentForm());
    const proof = await prove(NATIONAL.cardNumber);
    await expect(loginWithCard({ ...proof, cardNumber: RESIDENT.cardNumber }, "secret2", ctx)).rejects.toMatchObject({ code: "CARD_RESPONSE_INVALID" });
  });

  it("I3: a genuine card not in the registry is CARD_NOT_FOUND; a replaced card CARD_NOT_ACTIVE", async () => {
    const { nonce } = await issueCardChallenge();
    const unknown = "999999999999";
    const response = cardResponse(cardSecret(standinMasterKey(), unknown), nonce, unknown);
    await expect(registerWithCard({ cardNumber: unknown, nonce, response }, nationalForm(), ctx)).rejects.toMatchObject({ code: "CARD_NOT_FOUND" });
    const proof = await prove(NATIONAL.cardNumber);
    await prisma.nhiCard.update({ where: { cardNumber: NATIONAL.cardNumber }, data: { status: "REPLACED" } });
    await expect(registerWithCard(proof, nationalForm(), ctx)).rejects.toMatchObject({ code: "CARD_NOT_ACTIVE" });
  });
});

describe("I3: login with card and password", () => {
  it("I3: card + right password → a ticket for an NHI_CARD web session of that person", async () => {
    await registered();
    const { ticket } = await loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx);
    const person = await prisma.person.findUniqueOrThrow({ where: { idNumber: NATIONAL.idNumber } });
    expect(await redeemLoginTicket(ticket)).toEqual({ personId: person.id, method: "NHI_CARD", channel: "WEB" });
  });

  it("I3: a registration whose e-mail is not confirmed cannot log in (EMAIL_NOT_CONFIRMED); an unregistered card is NOT_REGISTERED", async () => {
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).rejects.toMatchObject({ code: "NOT_REGISTERED" });
    await registerWithCard(await prove(NATIONAL.cardNumber), nationalForm(), ctx);
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).rejects.toMatchObject({ code: "EMAIL_NOT_CONFIRMED" });
    // A wrong password is still only "wrong password": the state is told to the right password alone.
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx)).rejects.toMatchObject({ code: "PASSWORD_WRONG" });
  });

  it("I3: 3 wrong passwords suspend login for 10 minutes (SUSPENDED), even with the right password; afterwards it works", async () => {
    await registered();
    for (const left of [2, 1]) {
      await expect(loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx)).rejects.toMatchObject({ code: "PASSWORD_WRONG", details: { attemptsLeft: left } });
    }
    const third = loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx);
    await expect(third).rejects.toMatchObject({ code: "SUSPENDED", status: 403 });
    const cred = await credentialOf(NATIONAL.cardNumber);
    expect(cred).toMatchObject({ status: "SUSPENDED", suspensions: 1, failedAttempts: 0 });
    expect(cred.suspendedUntil!.getTime() - Date.now()).toBeGreaterThan(9.9 * 60_000);
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).rejects.toMatchObject({ code: "SUSPENDED" });
    await prisma.credential.update({ where: { id: cred.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } });
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).resolves.toHaveProperty("ticket");
    expect(await credentialOf(NATIONAL.cardNumber)).toMatchObject({ status: "ACTIVE", suspensions: 1, suspendedUntil: null });
  });

  it("I3: the third suspension cancels the registration (REGISTRATION_CANCELLED); registering again replaces it", async () => {
    await registered();
    const cred = await credentialOf(NATIONAL.cardNumber);
    await prisma.credential.update({ where: { id: cred.id }, data: { suspensions: 2 } });
    for (let i = 0; i < 2; i++) await expect(loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx)).rejects.toMatchObject({ code: "PASSWORD_WRONG" });
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx)).rejects.toMatchObject({ code: "REGISTRATION_CANCELLED" });
    expect((await credentialOf(NATIONAL.cardNumber)).status).toBe("CANCELLED");
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).rejects.toMatchObject({ code: "REGISTRATION_CANCELLED" });
    await expect(resetPasswordWithCard(await prove(NATIONAL.cardNumber), passwordResetSchema.parse({ kind: "national", householdNumber: "F1234567", password: "newpw1", passwordConfirm: "newpw1" }), ctx)).rejects.toMatchObject({ code: "REGISTRATION_CANCELLED" });

    await registered(NATIONAL, nationalForm({ password: "again1", passwordConfirm: "again1" }));
    expect(await prisma.credential.count({ where: { method: "NHI_CARD" } })).toBe(1);
    expect(await credentialOf(NATIONAL.cardNumber)).toMatchObject({ id: cred.id, status: "ACTIVE", suspensions: 0, failedAttempts: 0 });
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "again1", ctx)).resolves.toHaveProperty("ticket");
  });

  it("I3: password guessing on one card is rate-limited (RATE_LIMITED) whatever the suspension says", async () => {
    await registered();
    for (let i = 0; i < 10; i++) await loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx).catch((e: { code: string }) => expect(e.code).toMatch(/PASSWORD_WRONG|SUSPENDED/));
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", { ...ctx, client: "elsewhere" })).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
  });

  it("I3: concurrent wrong passwords are all counted (no lost update)", async () => {
    await registered();
    const proofs = await Promise.all([1, 2, 3].map(() => prove(NATIONAL.cardNumber)));
    const results = await Promise.allSettled(proofs.map((p) => loginWithCard(p, "wrong-pw", ctx)));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "ok")).sort();
    expect(codes).toEqual(["PASSWORD_WRONG", "PASSWORD_WRONG", "SUSPENDED"]);
    expect((await credentialOf(NATIONAL.cardNumber)).suspensions).toBe(1);
  });
});

describe("I9: forgotten NHI-card password", () => {
  const reset = (o: Record<string, unknown> = {}) => passwordResetSchema.parse({ kind: "national", householdNumber: "f1234567", password: "newpw1", passwordConfirm: "newpw1", ...o });

  it("I9: card + the registered household number set a new password and clear the suspension", async () => {
    await registered();
    for (let i = 0; i < 3; i++) await loginWithCard(await prove(NATIONAL.cardNumber), "wrong-pw", ctx).catch(() => {});
    expect((await credentialOf(NATIONAL.cardNumber)).status).toBe("SUSPENDED");
    await resetPasswordWithCard(await prove(NATIONAL.cardNumber), reset(), ctx);
    expect(await credentialOf(NATIONAL.cardNumber)).toMatchObject({ status: "ACTIVE", failedAttempts: 0, suspensions: 0, suspendedUntil: null });
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).rejects.toMatchObject({ code: "PASSWORD_WRONG" });
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "newpw1", ctx)).resolves.toHaveProperty("ticket");
  });

  it("I9: a wrong household number is refused (RESET_DETAILS_MISMATCH) and the password stays", async () => {
    await registered();
    await expect(resetPasswordWithCard(await prove(NATIONAL.cardNumber), reset({ householdNumber: "F7654321" }), ctx)).rejects.toMatchObject({ code: "RESET_DETAILS_MISMATCH" });
    await expect(loginWithCard(await prove(NATIONAL.cardNumber), "secret1", ctx)).resolves.toHaveProperty("ticket");
  });

  it("I9/I8: a resident re-verifies with the certificate serial", async () => {
    await registered(RESIDENT, residentForm());
    await expect(resetPasswordWithCard(await prove(RESIDENT.cardNumber), reset(), ctx)).rejects.toMatchObject({ code: "REGISTRATION_KIND_MISMATCH" });
    await resetPasswordWithCard(await prove(RESIDENT.cardNumber), passwordResetSchema.parse({ kind: "resident", residentCertSerial: "yd00012345", password: "newpw2", passwordConfirm: "newpw2" }), ctx);
    await expect(loginWithCard(await prove(RESIDENT.cardNumber), "newpw2", ctx)).resolves.toHaveProperty("ticket");
  });

  it("I9: without a registration there is nothing to reset (NOT_REGISTERED)", async () => {
    await expect(resetPasswordWithCard(await prove(NATIONAL.cardNumber), reset(), ctx)).rejects.toMatchObject({ code: "NOT_REGISTERED" });
  });
});
