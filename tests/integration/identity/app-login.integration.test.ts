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

const login = (password: string, deviceId: string | null = null, idNumber = P.idNumber) => appLogin({ idNumber, password, deviceId });

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("app login: ID number + app password (I5/I6/I7 credentials, I3 wrong-password rule)", () => {
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

  it("I3 rule: 3 wrong passwords suspend login for 10 minutes — then even the right one is refused (SUSPENDED) — and it ends", async () => {
    const c = await credential("PHONE", "0912345678");
    expect((await refused(login("wrong1"))).code).toBe("INVALID_CREDENTIALS");
    expect((await refused(login("wrong2"))).code).toBe("INVALID_CREDENTIALS");
    const third = await refused(login("wrong3"));
    expect(third.code).toBe("SUSPENDED");
    expect(third.details?.until).toEqual(expect.any(String));
    expect((await refused(login(RIGHT))).code).toBe("SUSPENDED");
    const row = await prisma.credential.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ status: "SUSPENDED", suspensions: 1, failedAttempts: 0 });
    expect(row.suspendedUntil!.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    await prisma.credential.update({ where: { id: c.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } });
    expect((await login(RIGHT)).method).toBe("PHONE");
    expect(await prisma.credential.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "ACTIVE", suspensions: 1, failedAttempts: 0, suspendedUntil: null });
  });

  it("I3 rule: the third suspension cancels the credential (CANCELLED), for good", async () => {
    const c = await credential("PHONE", "0912345678");
    await prisma.credential.update({ where: { id: c.id }, data: { suspensions: 2, failedAttempts: 2 } });
    expect((await refused(login("wrong"))).code).toBe("CANCELLED");
    expect(await prisma.credential.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "CANCELLED", suspensions: 3 });
    expect((await refused(login(RIGHT))).code).toBe("CANCELLED");
  });

  it("concurrent wrong guesses are each counted: three at once suspend", async () => {
    const c = await credential("PHONE", "0912345678");
    const results = await Promise.all(["w1", "w2", "w3"].map((w) => refused(login(w))));
    expect(results.map((e) => e.code).sort()).toEqual(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "SUSPENDED"]);
    expect(await prisma.credential.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ suspensions: 1 });
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

  it("guessing one ID is rate-limited (RATE_LIMITED) beyond the per-credential rule", async () => {
    for (let i = 0; i < 10; i++) await refused(login("wrong", null, syntheticIdNumber(31337)));
    expect((await refused(login("wrong", null, syntheticIdNumber(31337)))).code).toBe("RATE_LIMITED");
  });
});
