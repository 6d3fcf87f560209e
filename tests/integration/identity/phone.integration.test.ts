import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { AppError } from "@/lib/errors";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { syntheticIdNumber, upsertPerson } from "@/lib/seed/factories";
import { verifyOwnPhone, type PhoneVerificationInput } from "@/lib/identity/phone/verify-own-phone";
import { answerSubscriberCheck, operatorKeys } from "@/lib/identity/phone/standin-telecom";
import { verifySignedAnswer, type TelecomOperator } from "@/lib/identity/phone/telecom";
import { registerAtCounter } from "@/lib/identity/counter/register-at-counter";
import { appLogin } from "@/lib/identity/app-login/app-login";
import { hashPassword } from "@/lib/auth/password";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const WANG = person("王小明");
const CHEN = person("陳志豪");
const NGUYEN = person("NGUYEN THI LAN");

const ok = (over: Partial<PhoneVerificationInput> = {}): PhoneVerificationInput => ({
  idNumber: WANG.idNumber,
  phoneNumber: "0912345678",
  network: "MOBILE_DATA",
  screenUnlocked: true,
  ...over,
});

async function refusal(input: PhoneVerificationInput, telecom?: TelecomOperator): Promise<AppError> {
  const e = await verifyOwnPhone(input, telecom).then(
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

describe("I5: phone quick verification against the stand-in telecom operator", () => {
  beforeEach(async () => {
    await resetDatabase();
    for (const p of DEMO_PEOPLE) await upsertPerson(prisma, p);
  });

  it("I5: own monthly number on mobile data → PHONE credential with a hashed app password, ticket for the app channel", async () => {
    const { ticket, appPassword } = await verifyOwnPhone(ok());
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    const cred = await prisma.credential.findFirstOrThrow({ where: { method: "PHONE" } });
    expect(cred).toMatchObject({ personId: wang.id, externalRef: "0912345678", status: "ACTIVE", failedAttempts: 0, suspensions: 0 });
    expect(cred.verifiedAt).not.toBeNull();
    expect(cred.secretHash).not.toContain(appPassword);
    expect(await verifyPassword(appPassword, cred.secretHash!)).toBe(true);
    expect(await redeemLoginTicket(ticket)).toEqual({ personId: wang.id, method: "PHONE", channel: "APP" });
  });

  it("the ID number may be typed in lower case with spaces", async () => {
    await verifyOwnPhone(ok({ idNumber: ` ${WANG.idNumber.toLowerCase()} ` }));
    expect(await prisma.credential.count({ where: { method: "PHONE", status: "ACTIVE" } })).toBe(1);
  });

  const failures: [string, Partial<PhoneVerificationInput>, string][] = [
    ["I5: Wi-Fi on is refused (PHONE_WIFI_ON)", { network: "WIFI" }, "PHONE_WIFI_ON"],
    ["I5: no screen-lock confirmation is refused (PHONE_SCREEN_LOCK_NOT_CONFIRMED)", { screenUnlocked: false }, "PHONE_SCREEN_LOCK_NOT_CONFIRMED"],
    ["I2: a bad ID number is refused (INVALID_ID_NUMBER)", { idNumber: "A123456780" }, "INVALID_ID_NUMBER"],
    ["I5: a prepaid number is refused (PHONE_PREPAID)", { idNumber: CHEN.idNumber, phoneNumber: "0955000001" }, "PHONE_PREPAID"],
    ["I5: a company number is refused (PHONE_COMPANY_NUMBER)", { idNumber: CHEN.idNumber, phoneNumber: "0955000002" }, "PHONE_COMPANY_NUMBER"],
    ["I5: a number reported lost is refused (PHONE_REPORTED_LOST)", { idNumber: CHEN.idNumber, phoneNumber: "0955000003" }, "PHONE_REPORTED_LOST"],
    ["I5: a terminated number is refused (PHONE_TERMINATED)", { idNumber: CHEN.idNumber, phoneNumber: "0955000004" }, "PHONE_TERMINATED"],
    ["I5: someone else's number is refused (PHONE_NOT_OWN_NUMBER)", { idNumber: CHEN.idNumber, phoneNumber: "0955000005" }, "PHONE_NOT_OWN_NUMBER"],
    ["I5: a number unknown to the operator is refused (PHONE_NOT_OWN_NUMBER)", { phoneNumber: "0900000000" }, "PHONE_NOT_OWN_NUMBER"],
    ["I8: a foreign resident with their own monthly number is refused (FOREIGNER_NOT_ALLOWED)", { idNumber: NGUYEN.idNumber, phoneNumber: "0998765432" }, "FOREIGNER_NOT_ALLOWED"],
  ];
  for (const [title, over, code] of failures) {
    it(`${title}, naming the condition, and nothing is written`, async () => {
      const e = await refusal(ok(over));
      expect(e.code).toBe(code);
      expect(e.text["zh-TW"]).toMatch(/^未符合條件：/);
      expect(e.text.en).toMatch(/^Condition not met: /);
      await nothingWritten();
    });
  }

  it("no enumeration: an ID not in the registry and someone else's number get the same code and message", async () => {
    const unknownId = syntheticIdNumber(4242);
    const unknown = await refusal(ok({ idNumber: unknownId }));
    const notOwn = await refusal(ok({ idNumber: CHEN.idNumber }));
    expect(unknown.code).toBe("PHONE_NOT_OWN_NUMBER");
    expect({ code: unknown.code, status: unknown.status, text: unknown.text }).toEqual({ code: notOwn.code, status: notOwn.status, text: notOwn.text });
    // Even if an operator confirmed a pair for an ID the registry does not know, nobody is created.
    const confirmsAnything: TelecomOperator = { checkSubscriber: async () => ({ match: true, plan: "MONTHLY", company: false, reportedLost: false, terminated: false }) };
    expect((await refusal(ok({ idNumber: unknownId }), confirmsAnything)).code).toBe("PHONE_NOT_OWN_NUMBER");
    expect(await prisma.person.count({ where: { idNumber: unknownId } })).toBe(0);
    await nothingWritten();
  });

  it("I5: a telecom answer altered after signing (prepaid → monthly) is not believed (TELECOM_UNAVAILABLE)", async () => {
    const tampering: TelecomOperator = {
      async checkSubscriber(idNumber, msisdn) {
        const request = { requestId: "tamper-test-request-0000", idNumber, msisdn };
        const signed = answerSubscriberCheck(request);
        signed.answer.plan = "MONTHLY";
        return verifySignedAnswer(signed, request, operatorKeys().publicKey, new Date());
      },
    };
    const e = await refusal(ok({ idNumber: CHEN.idNumber, phoneNumber: "0955000001" }), tampering);
    expect(e.code).toBe("TELECOM_UNAVAILABLE");
    await nothingWritten();
  });

  it("the operator's signed answer says nothing about a pair that does not match (not even whether the number exists)", async () => {
    const request = { requestId: "pair-test-request-000000", idNumber: CHEN.idNumber, msisdn: "0955000005" };
    const signed = answerSubscriberCheck(request);
    expect(signed.answer).toMatchObject({ match: false, plan: null, company: null, reportedLost: null, terminated: null });
    expect(verifySignedAnswer(signed, request, operatorKeys().publicKey, new Date())).toEqual({ match: false });
    const unknownNumber = answerSubscriberCheck({ ...request, msisdn: "0900000000" });
    const { requestId: _a, msisdn: _b, answeredAt: _c, ...rest } = unknownNumber.answer;
    const { requestId: _d, msisdn: _e, answeredAt: _f, ...restOther } = signed.answer;
    expect(rest).toEqual(restOther);
  });

  it("I9: verifying again issues a new app password, the old one stops working, and the counters start again", async () => {
    const first = await verifyOwnPhone(ok());
    await prisma.credential.updateMany({ data: { status: "CANCELLED", failedAttempts: 2, suspensions: 3, suspendedUntil: null } });
    await expect(appLogin({ idNumber: WANG.idNumber, password: first.appPassword, deviceId: null })).rejects.toMatchObject({ code: "CANCELLED" });
    const second = await verifyOwnPhone(ok());
    expect(second.appPassword).not.toBe(first.appPassword);
    const cred = await prisma.credential.findFirstOrThrow({ where: { method: "PHONE" } });
    expect(cred).toMatchObject({ status: "ACTIVE", failedAttempts: 0, suspensions: 0, suspendedUntil: null });
    expect(await prisma.credential.count()).toBe(1);
    await expect(appLogin({ idNumber: WANG.idNumber, password: first.appPassword, deviceId: null })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
    expect((await appLogin({ idNumber: WANG.idNumber, password: second.appPassword, deviceId: null })).method).toBe("PHONE");
  });

  it("one own number per person: verifying with a new number ends the binding of the old one", async () => {
    const wang = await prisma.person.findUniqueOrThrow({ where: { idNumber: WANG.idNumber } });
    await prisma.credential.create({
      data: { personId: wang.id, method: "PHONE", externalRef: "0911111111", status: "ACTIVE", secretHash: await hashPassword("oldpassword") },
    });
    await verifyOwnPhone(ok());
    const rows = await prisma.credential.findMany({ where: { personId: wang.id }, orderBy: { externalRef: "asc" } });
    expect(rows.map((r) => [r.externalRef, r.status])).toEqual([
      ["0911111111", "REVOKED"],
      ["0912345678", "ACTIVE"],
    ]);
  });

  it("I1: phone verification and counter registration of one person make two credentials of one Person", async () => {
    const people = await prisma.person.count();
    const staff = await prisma.staffAccount.create({ data: { username: "c1", displayName: "C", role: "COUNTER", passwordHash: "x" } });
    await verifyOwnPhone(ok());
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

  it("guessing is rate-limited per phone number (RATE_LIMITED)", async () => {
    for (let i = 0; i < 10; i++) await refusal(ok({ network: "WIFI" }));
    expect((await refusal(ok())).code).toBe("RATE_LIMITED");
  });

  it("the audit log records the verification without the password or the whole number", async () => {
    const { appPassword } = await verifyOwnPhone(ok());
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "phone.verified" } });
    expect(entry.details).toEqual({ phoneLast3: "678", reissued: false });
    expect(JSON.stringify(entry)).not.toContain(appPassword);
  });
});
