import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { verifyPassword } from "@/lib/auth/password";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { AppError } from "@/lib/errors";
import { setClock } from "@/lib/clock";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { syntheticIdNumber, upsertPerson } from "@/lib/seed/factories";
import { verifyOwnPhone } from "@/lib/identity/phone/verify-own-phone";
import { issuePhoneNonce } from "@/lib/identity/phone/phone-nonce";
import { assertSubscriber, signAssertion, type StandinConnection } from "@/lib/identity/phone/standin-telecom";
import { ASSERTION_VERSION, encodeAssertion, type OperatorAssertion, type SignedAssertion } from "@/lib/identity/phone/telecom";
import { PHONE_BINDING_COOKIE } from "@/lib/identity/phone/binding-cookie";
import { registerAtCounter } from "@/lib/identity/counter/register-at-counter";
import { appLogin } from "@/lib/identity/app-login/app-login";
import { hashPassword } from "@/lib/auth/password";
import { randomToken } from "@/lib/security/hash";
import { POST as phoneRoute } from "@/app/api/app/phone/route";
import { POST as nonceRoute } from "@/app/api/app/phone/nonce/route";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const WANG = person("王小明");
const CHEN = person("陳志豪");
const NGUYEN = person("NGUYEN THI LAN");

type Attempt = { idNumber: string; sim: string; network?: StandinConnection["network"] };

/** The whole I5 protocol as the phone runs it: nonce from us, assertion from the stand-in operator. */
async function asserted({ idNumber, sim, network = "MOBILE_DATA" }: Attempt): Promise<{ assertion: SignedAssertion; binding: string; nonce: string }> {
  const binding = randomToken(32);
  const { nonce, idNumber: normalized } = await issuePhoneNonce(idNumber, binding);
  return { assertion: assertSubscriber({ nonce, idNumber: normalized }, { sim, network }), binding, nonce };
}

const ok = (over: Partial<Attempt> = {}): Attempt => ({ idNumber: WANG.idNumber, sim: "0912345678", ...over });

async function verify(attempt: Attempt) {
  return verifyOwnPhone(await asserted(attempt));
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

async function nothingWritten() {
  expect(await prisma.credential.count()).toBe(0);
  expect(await prisma.loginTicket.count()).toBe(0);
}

function post(handler: (req: NextRequest, ctx: object) => Promise<Response>, url: string, body: unknown, cookie?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  return handler(new NextRequest(`http://localhost${url}`, { method: "POST", body: JSON.stringify(body), headers }), {});
}

describe("I5: phone quick verification against the stand-in telecom operator", () => {
  beforeEach(async () => {
    await resetDatabase();
    for (const p of DEMO_PEOPLE) await upsertPerson(prisma, p);
  });

  it("I5: own monthly number on mobile data → PHONE credential with a hashed app password, ticket for the app channel", async () => {
    const { ticket, appPassword } = await verify(ok());
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    const cred = await prisma.credential.findFirstOrThrow({ where: { method: "PHONE" } });
    expect(cred).toMatchObject({ personId: wang.id, externalRef: "0912345678", status: "ACTIVE", failedAttempts: 0, suspensions: 0 });
    expect(cred.verifiedAt).not.toBeNull();
    expect(cred.secretHash).not.toContain(appPassword);
    expect(await verifyPassword(appPassword, cred.secretHash!)).toBe(true);
    expect(await redeemLoginTicket(ticket)).toEqual({ personId: wang.id, method: "PHONE", channel: "APP" });
  });

  it("the ID number may be typed in lower case with spaces", async () => {
    await verify(ok({ idNumber: ` ${WANG.idNumber.toLowerCase()} ` }));
    expect(await prisma.credential.count({ where: { method: "PHONE", status: "ACTIVE" } })).toBe(1);
  });

  const failures: [string, Partial<Attempt>, string][] = [
    ["I5: Wi-Fi on is refused (PHONE_WIFI_ON)", { network: "WIFI" }, "PHONE_WIFI_ON"],
    ["I5: a prepaid number is refused (PHONE_PREPAID)", { idNumber: CHEN.idNumber, sim: "0955000001" }, "PHONE_PREPAID"],
    ["I5: a company number is refused (PHONE_COMPANY_NUMBER)", { idNumber: CHEN.idNumber, sim: "0955000002" }, "PHONE_COMPANY_NUMBER"],
    ["I5: a number reported lost is refused (PHONE_REPORTED_LOST)", { idNumber: CHEN.idNumber, sim: "0955000003" }, "PHONE_REPORTED_LOST"],
    ["I5: a terminated number is refused (PHONE_TERMINATED)", { idNumber: CHEN.idNumber, sim: "0955000004" }, "PHONE_TERMINATED"],
    ["I5: someone else's number is refused (PHONE_NOT_OWN_NUMBER)", { idNumber: CHEN.idNumber, sim: "0955000005" }, "PHONE_NOT_OWN_NUMBER"],
    ["I5: a number unknown to the operator is refused (PHONE_NOT_OWN_NUMBER)", { sim: "0900000000" }, "PHONE_NOT_OWN_NUMBER"],
  ];
  for (const [title, over, code] of failures) {
    it(`${title}, naming the condition, and nothing is written`, async () => {
      const e = await refusal(verify(ok(over)));
      expect(e.code).toBe(code);
      expect(e.text["zh-TW"]).toMatch(/^未符合條件：/);
      expect(e.text.en).toMatch(/^Condition not met: /);
      await nothingWritten();
    });
  }

  it("I2/I8: a bad ID number or a foreign resident is refused before any nonce is issued", async () => {
    expect((await refusal(issuePhoneNonce("A123456780", randomToken(32)))).code).toBe("INVALID_ID_NUMBER");
    expect((await refusal(issuePhoneNonce(NGUYEN.idNumber, randomToken(32)))).code).toBe("FOREIGNER_NOT_ALLOWED");
    expect(await prisma.phoneNonce.count()).toBe(0);
  });

  it("no enumeration: an ID not in the registry and someone else's number get the same code and message", async () => {
    const unknownId = syntheticIdNumber(4242);
    const unknown = await refusal(verify(ok({ idNumber: unknownId })));
    const notOwn = await refusal(verify(ok({ idNumber: CHEN.idNumber })));
    expect(unknown.code).toBe("PHONE_NOT_OWN_NUMBER");
    expect({ code: unknown.code, status: unknown.status, text: unknown.text }).toEqual({ code: notOwn.code, status: notOwn.status, text: notOwn.text });
    expect(await prisma.person.count({ where: { idNumber: unknownId } })).toBe(0);
    await nothingWritten();
  });

  it("the operator's signed assertion says nothing about a subscriber who is not the ID's holder (not even the number)", async () => {
    const { assertion } = await asserted({ idNumber: CHEN.idNumber, sim: "0955000005" });
    const stated = JSON.parse(Buffer.from(assertion.payload, "base64url").toString()) as OperatorAssertion;
    expect(stated).toMatchObject({ ownerMatch: false, msisdn: null, plan: null, company: null, reportedLost: null, terminated: null });
  });

  it("I9: verifying again issues a new app password, the old one stops working, and the counters start again", async () => {
    const first = await verify(ok());
    await prisma.credential.updateMany({ data: { status: "CANCELLED", failedAttempts: 2, suspensions: 3, suspendedUntil: null } });
    const second = await verify(ok());
    expect(second.appPassword).not.toBe(first.appPassword);
    const cred = await prisma.credential.findFirstOrThrow({ where: { method: "PHONE" } });
    expect(cred).toMatchObject({ status: "ACTIVE", failedAttempts: 0, suspensions: 0, suspendedUntil: null });
    expect(await prisma.credential.count()).toBe(1);
    await expect(appLogin({ idNumber: WANG.idNumber, password: first.appPassword, deviceId: null, source: "198.51.100.1" })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
    expect((await appLogin({ idNumber: WANG.idNumber, password: second.appPassword, deviceId: null, source: "198.51.100.1" })).method).toBe("PHONE");
  });

  it("one own number per person: verifying with a new number ends the binding of the old one", async () => {
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    await prisma.credential.create({
      data: { personId: wang.id, method: "PHONE", externalRef: "0911111111", status: "ACTIVE", secretHash: await hashPassword("oldpassword") },
    });
    await verify(ok());
    const rows = await prisma.credential.findMany({ where: { personId: wang.id }, orderBy: { externalRef: "asc" } });
    expect(rows.map((r) => [r.externalRef, r.status])).toEqual([
      ["0911111111", "REVOKED"],
      ["0912345678", "ACTIVE"],
    ]);
  });

  it("I1: phone verification and counter registration of one person make two credentials of one Person", async () => {
    const people = await prisma.person.count();
    const staff = await prisma.staffAccount.create({ data: { username: "c1", displayName: "C", role: "COUNTER", passwordHash: "x" } });
    await verify(ok());
    await registerAtCounter(staff.id, {
      idNumber: WANG.idNumber,
      cardNumber: WANG.cardNumber,
      phoneNumber: "0912345678",
      documents: { nhiCard: true, idCard: true, householdRegister: true },
    });
    const creds = await prisma.credential.findMany({ select: { personId: true, method: true } });
    expect(creds.map((c) => c.method).sort()).toEqual(["COUNTER", "PHONE"]);
    expect(new Set(creds.map((c) => c.personId)).size).toBe(1);
    expect(await prisma.person.count()).toBe(people);
  });

  it("guessing is rate-limited per ID number when asking for nonces (RATE_LIMITED)", async () => {
    for (let i = 0; i < 10; i++) await issuePhoneNonce(WANG.idNumber, randomToken(32));
    expect((await refusal(issuePhoneNonce(WANG.idNumber, randomToken(32)))).code).toBe("RATE_LIMITED");
  });

  it("the audit log records the verification without the password or the whole number", async () => {
    const { appPassword } = await verify(ok());
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "phone.verified" } });
    expect(entry.details).toEqual({ phoneLast3: "678", reissued: false });
    expect(JSON.stringify(entry)).not.toContain(appPassword);
  });
});

describe("issue 7 item 1: the server believes only the operator's signed assertion, bound to its one-time nonce", () => {
  beforeEach(async () => {
    await resetDatabase();
    setClock(null);
    for (const p of DEMO_PEOPLE) await upsertPerson(prisma, p);
  });

  /** A claim the operator never signed: the stand-in's own statement, altered or re-keyed. */
  async function forge(change: (a: OperatorAssertion) => OperatorAssertion, { resign = false } = {}) {
    const { assertion, binding } = await asserted({ idNumber: CHEN.idNumber, sim: "0955000001" }); // his prepaid SIM
    const stated = JSON.parse(Buffer.from(assertion.payload, "base64url").toString()) as OperatorAssertion;
    const changed = change(stated);
    const forged: SignedAssertion = resign ? signAssertion(changed) : { ...assertion, payload: encodeAssertion(changed) };
    return { assertion: forged, binding };
  }

  it("issue 7 item 1: a forged assertion (prepaid turned monthly after signing) is refused, nothing written", async () => {
    const input = await forge((a) => ({ ...a, plan: "MONTHLY" }));
    expect((await refusal(verifyOwnPhone(input))).code).toBe("PHONE_ASSERTION_INVALID");
    await nothingWritten();
  });

  it("issue 7 item 1: an unsigned assertion, or one under an unknown key, is refused", async () => {
    const { assertion, binding } = await asserted(ok());
    expect((await refusal(verifyOwnPhone({ assertion: { ...assertion, signature: "" }, binding }))).code).toBe("PHONE_ASSERTION_INVALID");
    expect((await refusal(verifyOwnPhone({ assertion: { ...assertion, keyId: "someone-else" }, binding }))).code).toBe("PHONE_ASSERTION_INVALID");
    await nothingWritten();
  });

  it("issue 7 item 1: a replayed nonce is refused (the second use of a genuine assertion)", async () => {
    const input = await asserted(ok());
    await verifyOwnPhone(input);
    const before = await prisma.credential.findFirstOrThrow({ where: { method: "PHONE" } });
    expect((await refusal(verifyOwnPhone(input))).code).toBe("PHONE_NONCE_INVALID");
    expect(await prisma.loginTicket.count()).toBe(1);
    expect((await prisma.credential.findFirstOrThrow({ where: { method: "PHONE" } })).secretHash).toBe(before.secretHash);
  });

  it("issue 7 item 1: a nonce the server never issued is refused, even in a validly signed assertion", async () => {
    const input = await forge((a) => ({ ...a, nonce: randomToken(32), plan: "MONTHLY" }), { resign: true });
    expect((await refusal(verifyOwnPhone(input))).code).toBe("PHONE_NONCE_INVALID");
    await nothingWritten();
  });

  it("issue 7 item 1: an expired assertion is refused, and so is an assertion for an expired nonce", async () => {
    const base = Date.now();
    const input = await asserted(ok());
    setClock(new Date(base + 61_000));
    expect((await refusal(verifyOwnPhone(input))).code).toBe("PHONE_ASSERTION_EXPIRED");
    // A fresh assertion for a nonce older than its two minutes.
    setClock(new Date(base));
    const binding = randomToken(32);
    const { nonce, idNumber } = await issuePhoneNonce(WANG.idNumber, binding);
    setClock(new Date(base + 2 * 60_000 + 1_000));
    const late = assertSubscriber({ nonce, idNumber }, { sim: "0912345678", network: "MOBILE_DATA" });
    expect((await refusal(verifyOwnPhone({ assertion: late, binding }))).code).toBe("PHONE_NONCE_INVALID");
    setClock(null);
    await nothingWritten();
  });

  it("issue 7 item 1: ID mismatch — an assertion about another ID than the nonce was issued for is refused", async () => {
    // The attacker asks for a nonce with the victim's ID, then has the operator vouch for their own ID.
    const binding = randomToken(32);
    const { nonce } = await issuePhoneNonce(WANG.idNumber, binding);
    const own = assertSubscriber({ nonce, idNumber: CHEN.idNumber }, { sim: "0933579246", network: "MOBILE_DATA" });
    expect((await refusal(verifyOwnPhone({ assertion: own, binding }))).code).toBe("PHONE_ASSERTION_INVALID");
    await nothingWritten();
  });

  it("issue 7 item 1: a nonce is bound to the browser that asked for it (another browser's cookie is refused)", async () => {
    const { assertion } = await asserted(ok());
    expect((await refusal(verifyOwnPhone({ assertion, binding: randomToken(32) }))).code).toBe("PHONE_NONCE_INVALID");
    expect((await refusal(verifyOwnPhone({ assertion, binding: null }))).code).toBe("PHONE_NONCE_INVALID");
    await nothingWritten();
  });

  it("issue 7 item 1: the number, network and screen lock claimed in the body are ignored (old-style body → 422; extra fields change nothing)", async () => {
    // What took over an account on main: the victim's ID and number, typed by anyone.
    const oldStyle = await post(phoneRoute, "/api/app/phone", { idNumber: WANG.idNumber, phoneNumber: "0912345678", network: "MOBILE_DATA", screenUnlocked: true });
    expect(oldStyle.status).toBe(422);
    expect(await oldStyle.json()).toMatchObject({ error: { code: "VALIDATION" } });
    await nothingWritten();

    // Through the routes, with a genuine assertion for 陳志豪's own number and a body claiming 王小明's.
    const nonceRes = await post(nonceRoute, "/api/app/phone/nonce", { idNumber: CHEN.idNumber });
    expect(nonceRes.status).toBe(200);
    const { nonce, idNumber } = (await nonceRes.json()) as { nonce: string; idNumber: string };
    const cookie = nonceRes.headers.getSetCookie().find((c) => c.startsWith(`${PHONE_BINDING_COOKIE}=`))!.split(";")[0]!;
    const assertion = assertSubscriber({ nonce, idNumber }, { sim: "0933579246", network: "MOBILE_DATA" });
    const res = await post(phoneRoute, "/api/app/phone", { assertion, idNumber: WANG.idNumber, phoneNumber: "0912345678", network: "MOBILE_DATA" }, cookie);
    expect(res.status).toBe(200);
    const creds = await prisma.credential.findMany({ include: { person: { select: { idNumber: true } } } });
    expect(creds.map((c) => [c.externalRef, c.person.idNumber])).toEqual([["0933579246", CHEN.idNumber]]);
  });

  it("issue 7 item 1: re-binding notifies the old number by SMS and audits it; the new number's holder is the one verified", async () => {
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    const old = await prisma.credential.create({
      data: { personId: wang.id, method: "PHONE", externalRef: "0911111111", status: "ACTIVE", secretHash: await hashPassword("oldpassword") },
    });
    await verify(ok());
    const notices = await prisma.notice.findMany({ where: { kind: "PHONE_REBOUND" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipient: "0911111111", personId: wang.id, channel: "SMS", status: "PENDING" });
    expect(notices[0]!.body).toContain("0800-030-598");
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "phone.rebound" } });
    expect(entry).toMatchObject({ targetType: "credential", targetId: old.id });
    expect(entry.details).toEqual({ oldPhoneLast3: "111", newPhoneLast3: "678", sameNumber: false });
  });

  it("issue 7 item 1: re-verifying the same number (new app password) also tells that number and audits it", async () => {
    await verify(ok());
    expect(await prisma.notice.count({ where: { kind: "PHONE_REBOUND" } })).toBe(0);
    await verify(ok());
    const notices = await prisma.notice.findMany({ where: { kind: "PHONE_REBOUND" } });
    expect(notices.map((n) => n.recipient)).toEqual(["0912345678"]);
    expect(await prisma.auditLog.count({ where: { action: "phone.rebound" } })).toBe(1);
  });
});
