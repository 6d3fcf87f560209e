import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { appLogin } from "@/lib/identity/app-login/app-login";
import { registerAtCounter } from "@/lib/identity/counter/register-at-counter";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import { upsertPerson } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const HUANG = DEMO_PEOPLE.find((p) => p.name === "黃閏年")!;
const NGUYEN = DEMO_PEOPLE.find((p) => p.name === "NGUYEN THI LAN")!;
const LIN = DEMO_PEOPLE.find((p) => p.name === "林美玲")!;
const ALL_NATIONAL_DOCS = { nhiCard: true, idCard: true, householdRegister: true };
let staffId: string;

const input = (over: Record<string, unknown> = {}) => ({
  idNumber: HUANG.idNumber,
  cardNumber: HUANG.cardNumber,
  phoneNumber: "0912000229",
  documents: ALL_NATIONAL_DOCS,
  ...over,
});

async function refused(raw: unknown): Promise<unknown> {
  return registerAtCounter(staffId, raw).then(
    () => null,
    (e: unknown) => e,
  );
}

const auditActions = async () => (await prisma.auditLog.findMany({ orderBy: { at: "asc" } })).map((a) => [a.action, (a.details as { reason?: string } | null)?.reason ?? null]);

describe("I7: registration at a service counter", () => {
  beforeEach(async () => {
    await resetDatabase();
    for (const p of [HUANG, NGUYEN, LIN]) await upsertPerson(prisma, p);
    staffId = (await prisma.staffAccount.create({ data: { username: "counter", displayName: "C", role: "COUNTER", passwordHash: "x" } })).id;
  });

  it("I7: documents seen → COUNTER credential bound to the phone, app password shown once, audited in the same transaction", async () => {
    const result = await registerAtCounter(staffId, input());
    expect(result).toMatchObject({ personName: "黃○年", phoneNumber: "0912***229", reissued: false });
    const huang = await prisma.person.findUniqueOrThrow({ where: { idNumber: HUANG.idNumber } });
    const cred = await prisma.credential.findFirstOrThrow({ where: { method: "COUNTER" } });
    expect(cred).toMatchObject({ personId: huang.id, externalRef: "0912000229", status: "ACTIVE" });
    expect(await verifyPassword(result.appPassword, cred.secretHash!)).toBe(true);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "counter.register" } });
    expect(entry).toMatchObject({ actorStaffId: staffId, actorKind: "staff", targetType: "person", targetId: huang.id });
    expect(entry.details).toEqual({ documentsSeen: ["nhiCard", "idCard", "householdRegister"], phoneLast3: "229", idKind: "national", reissued: false });
    const logged = JSON.stringify(entry);
    expect(logged).not.toContain(result.appPassword);
    expect(logged).not.toContain(HUANG.idNumber);
    // The person then logs in on the app with ID number + that password.
    expect((await appLogin({ idNumber: HUANG.idNumber, password: result.appPassword, deviceId: null, source: "198.51.100.1" })).method).toBe("COUNTER");
  });

  it("I7: without the household register it is refused (COUNTER_DOCUMENTS_MISSING), naming it, audited, nothing bound", async () => {
    const e = await refused(input({ documents: { nhiCard: true, idCard: true } }));
    expect(e).toMatchObject({ code: "COUNTER_DOCUMENTS_MISSING", status: 422, details: { missing: ["householdRegister"] } });
    expect((e as AppError).text["zh-TW"]).toContain("戶口名簿");
    expect(await prisma.credential.count()).toBe(0);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "counter.register_refused" } });
    expect(entry.details).toMatchObject({ reason: "COUNTER_DOCUMENTS_MISSING", missing: ["householdRegister"], documentsSeen: ["nhiCard", "idCard"], phoneLast3: "229" });
  });

  it("I7: with no documents ticked at all, all three are named", async () => {
    expect(await refused(input({ documents: {} }))).toMatchObject({ details: { missing: ["nhiCard", "idCard", "householdRegister"] } });
  });

  it("I8 [decision]: a foreign resident is registered on NHI card + resident certificate, refused on national documents", async () => {
    const base = { idNumber: NGUYEN.idNumber, cardNumber: NGUYEN.cardNumber, phoneNumber: "0998765432" };
    expect(await refused({ ...base, documents: ALL_NATIONAL_DOCS })).toMatchObject({ code: "COUNTER_DOCUMENTS_MISSING", details: { missing: ["residentCertificate"] } });
    const ok = await registerAtCounter(staffId, { ...base, documents: { nhiCard: true, residentCertificate: true } });
    expect(ok.appPassword).toMatch(/^[a-z2-9]{10}$/);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "counter.register" } });
    expect(entry.details).toMatchObject({ idKind: "resident" });
  });

  it("the person must be in the registry, found by ID number and NHI card number together (COUNTER_PERSON_NOT_FOUND)", async () => {
    expect(await refused(input({ cardNumber: LIN.cardNumber }))).toMatchObject({ code: "COUNTER_PERSON_NOT_FOUND", status: 404 });
    await prisma.nhiCard.update({ where: { cardNumber: HUANG.cardNumber }, data: { status: "LOST" } });
    expect(await refused(input())).toMatchObject({ code: "COUNTER_PERSON_NOT_FOUND" });
    expect(await prisma.person.count()).toBe(3);
    expect(await prisma.credential.count()).toBe(0);
  });

  it("I2: an ID number with a wrong check digit is refused (INVALID_ID_NUMBER), audited", async () => {
    const bad = HUANG.idNumber.slice(0, 9) + String((Number(HUANG.idNumber[9]) + 1) % 10);
    expect(await refused(input({ idNumber: bad }))).toMatchObject({ code: "INVALID_ID_NUMBER" });
    expect(await auditActions()).toEqual([["counter.register_refused", "INVALID_ID_NUMBER"]]);
  });

  it("malformed input is refused (422 VALIDATION) and audited too", async () => {
    expect(await refused({ idNumber: HUANG.idNumber, phoneNumber: "12" })).toBeInstanceOf(z.ZodError);
    expect(await refused(null)).toBeInstanceOf(z.ZodError);
    expect(await auditActions()).toEqual([
      ["counter.register_refused", "VALIDATION"],
      ["counter.register_refused", "VALIDATION"],
    ]);
  });

  it("a phone bound at a counter to someone else is refused (COUNTER_PHONE_BOUND_ELSEWHERE)", async () => {
    await registerAtCounter(staffId, input());
    expect(await refused({ idNumber: LIN.idNumber, cardNumber: LIN.cardNumber, phoneNumber: "0912000229", documents: ALL_NATIONAL_DOCS })).toMatchObject({
      code: "COUNTER_PHONE_BOUND_ELSEWHERE",
      status: 409,
    });
  });

  it("I9: registering again issues a new password (the old one stops working); a new phone ends the old binding", async () => {
    const first = await registerAtCounter(staffId, input());
    const second = await registerAtCounter(staffId, input());
    expect(second.reissued).toBe(true);
    await expect(appLogin({ idNumber: HUANG.idNumber, password: first.appPassword, deviceId: null, source: "198.51.100.1" })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
    const third = await registerAtCounter(staffId, input({ phoneNumber: "0912 000 111" }));
    const rows = await prisma.credential.findMany({ where: { method: "COUNTER" }, orderBy: { externalRef: "asc" } });
    expect(rows.map((r) => [r.externalRef, r.status])).toEqual([
      ["0912000111", "ACTIVE"],
      ["0912000229", "REVOKED"],
    ]);
    expect((await appLogin({ idNumber: HUANG.idNumber, password: third.appPassword, deviceId: null, source: "198.51.100.1" })).method).toBe("COUNTER");
  });

  it("registrations are rate-limited per staff member (RATE_LIMITED), and that refusal is audited", async () => {
    await prisma.rateLimitBucket.create({ data: { key: `counter-register:${staffId}`, windowStart: new Date(), count: 60 } });
    expect(await refused(input())).toMatchObject({ code: "RATE_LIMITED" });
    expect(await auditActions()).toEqual([["counter.register_refused", "RATE_LIMITED"]]);
  });
});
