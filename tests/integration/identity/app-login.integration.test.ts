import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { AppError } from "@/lib/errors";
import { appLogin } from "@/lib/identity/app-login/app-login";
import { newDeviceId } from "@/lib/identity/app-login/device-id";
import { buildPerson, syntheticIdNumber, upsertPerson } from "@/lib/seed/factories";
import type { CredentialStatus, VerificationMethod } from "@/lib/generated/prisma/client";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const P = buildPerson(7);
const RIGHT = "rightpass23";
let personId: string;

async function credential(method: VerificationMethod, externalRef: string, password = RIGHT, status: CredentialStatus = "ACTIVE") {
  return prisma.credential.create({ data: { personId, method, externalRef, status, secretHash: await hashPassword(password), verifiedAt: new Date() } });
}

const login = (password: string, deviceId: string | null = null, idNumber = P.idNumber, source = "198.51.100.7") => appLogin({ idNumber, password, deviceId, source });

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("app login: ID number + app password (I5/I6/I7 credentials)", () => {
  beforeEach(async () => {
    await resetDatabase();
    personId = (await upsertPerson(prisma, P)).id;
  });

  it("the right password of a PHONE credential signs in on the app channel", async () => {
    await credential("PHONE", "0912345678");
    const { ticket, method } = await login(RIGHT);
    expect(method).toBe("PHONE");
    expect(await redeemLoginTicket(ticket)).toEqual({ personId, method: "PHONE", channel: "APP" });
  });

  it("I7: a COUNTER credential signs in with method COUNTER", async () => {
    await credential("COUNTER", "0912345678");
    expect((await login(RIGHT)).method).toBe("COUNTER");
  });

  it("no enumeration: an unknown ID and a wrong password get the same refusal (INVALID_CREDENTIALS)", async () => {
    await credential("PHONE", "0912345678");
    const wrong = await refused(login("wrongpass99"));
    const unknown = await refused(login(RIGHT, null, syntheticIdNumber(999)));
    const noAppCredential = await refused(login(RIGHT, null, (await upsertPerson(prisma, buildPerson(8))).idNumber));
    for (const e of [wrong, unknown, noAppCredential]) {
      expect({ code: e.code, status: e.status, text: e.text }).toEqual({ code: "INVALID_CREDENTIALS", status: 401, text: wrong.text });
    }
  });

  it("issue 7 item 2: wrong passwords from one source cannot lock the owner out — the owner, elsewhere, still signs in", async () => {
    const c = await credential("PHONE", "0912345678");
    const attacker = "203.0.113.66";
    for (let i = 0; i < 5; i++) expect((await refused(login(`wrong${i}`, null, P.idNumber, attacker))).code).toBe("INVALID_CREDENTIALS");
    // The attacker's source is throttled for this ID (even with the right password)…
    expect((await refused(login(RIGHT, null, P.idNumber, attacker))).code).toBe("RATE_LIMITED");
    // …the owner, from their own address, is not, and nothing was suspended or cancelled.
    expect((await login(RIGHT, null, P.idNumber, "198.51.100.200")).method).toBe("PHONE");
    expect(await prisma.credential.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "ACTIVE", suspensions: 0, suspendedUntil: null });
  });

  it("issue 7 item 2: the same answers for an unknown ID and a real one — wrong password, throttled, cancelled", async () => {
    await credential("PHONE", "0912345678");
    const unknown = syntheticIdNumber(31338);
    const src = "203.0.113.77";
    const known: AppError[] = [];
    const none: AppError[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(await refused(login("wrong", null, P.idNumber, src)));
      none.push(await refused(login("wrong", null, unknown, src)));
    }
    const shape = (e: AppError) => ({ code: e.code, status: e.status, text: e.text });
    expect(known.map(shape)).toEqual(none.map(shape));
    expect(known.map((e) => e.code)).toEqual([...Array(5).fill("INVALID_CREDENTIALS"), "RATE_LIMITED"]);
    // A credential cancelled under the old per-credential rule answers as a wrong password does.
    await prisma.credential.updateMany({ data: { status: "CANCELLED" } });
    const cancelled = await refused(login(RIGHT, null, P.idNumber, "198.51.100.8"));
    expect(shape(cancelled)).toEqual(shape(await refused(login(RIGHT, null, unknown, "198.51.100.8"))));
  });

  it("issue 7 item 2: guessing is throttled per source across ID numbers (RATE_LIMITED), whatever ID is tried", async () => {
    const src = "203.0.113.88";
    // 300 earlier attempts from this source in the current window (LIMITS.verification).
    await prisma.rateLimitBucket.create({ data: { key: `app-login:src:${src}`, windowStart: new Date(), count: 300 } });
    expect((await refused(login(RIGHT, null, syntheticIdNumber(1), src))).code).toBe("RATE_LIMITED");
    expect((await refused(login(RIGHT, null, P.idNumber, src))).code).toBe("RATE_LIMITED");
  });

  it("I6: a DEVICE credential counts only on its own device (the device cookie equals its externalRef)", async () => {
    const device = newDeviceId();
    await credential("DEVICE", device);
    expect((await refused(login(RIGHT))).code).toBe("INVALID_CREDENTIALS");
    expect((await refused(login(RIGHT, newDeviceId()))).code).toBe("INVALID_CREDENTIALS");
    expect((await refused(login(RIGHT, "not a device id"))).code).toBe("INVALID_CREDENTIALS");
    const { ticket, method } = await login(RIGHT, device);
    expect(method).toBe("DEVICE");
    expect(await redeemLoginTicket(ticket)).toEqual({ personId, method: "DEVICE", channel: "APP" });
  });

  it("with two credentials, the password picks the one it belongs to", async () => {
    await credential("PHONE", "0912345678", "phonepass22");
    await credential("COUNTER", "0912345678", "counterpass");
    expect((await login("counterpass")).method).toBe("COUNTER");
    expect((await login("phonepass22")).method).toBe("PHONE");
  });

  it("revoked and pending credentials, and other methods (NHI card, certificate), do not open the app", async () => {
    await credential("PHONE", "0912345678", RIGHT, "REVOKED");
    await credential("COUNTER", "0912345678", RIGHT, "PENDING");
    await credential("NHI_CARD", "000000000007", RIGHT);
    expect((await refused(login(RIGHT))).code).toBe("INVALID_CREDENTIALS");
  });

  it("a previously SUSPENDED credential opens with the right password and becomes ACTIVE", async () => {
    const c = await credential("PHONE", "0912345678", RIGHT, "SUSPENDED");
    expect((await login(RIGHT)).method).toBe("PHONE");
    expect((await prisma.credential.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACTIVE");
  });
});
