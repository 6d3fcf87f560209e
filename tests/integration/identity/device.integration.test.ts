import { sentMailTo } from "@/lib/mail/mailbox";
import { beforeEach, describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/security/rate-limit";
import { buildPerson, syntheticIdNumber, upsertPerson } from "@/lib/seed/factories";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { verifyPassword } from "@/lib/auth/password";
import { randomToken } from "@/lib/security/hash";
import { generateDeviceCode } from "@/lib/identity/device/generate-device-code";
import { bindDevice } from "@/lib/identity/device/bind-device";
import { issueCardChallenge } from "@/lib/identity/nhi-card/challenge";
import { signWithCard } from "@/lib/identity/nhi-card/standin-card-reader";
import { setupStandin } from "@/lib/identity/nhi-card/standin-setup";
import { registerWithCard } from "@/lib/identity/nhi-card/register-card";
import { confirmEmail } from "@/lib/identity/nhi-card/confirm-email";
import { loginWithCard } from "@/lib/identity/nhi-card/login-card";
import { registrationSchema } from "@/lib/identity/nhi-card/schemas";
import { NextRequest } from "next/server";
import { POST as bindRoute } from "@/app/api/app/device/bind/route";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { databaseUrl, resetDatabase, testDb } from "../helpers/db";

// As scripts/server.mjs runs the app: the socket address header is the server's own.
process.env.EMASK_SOCKET_ADDRESS_HEADER = "1";

const prisma = testDb();
const FOREIGNER = buildPerson(11, { idNumber: syntheticIdNumber(11, "9") });
const OTHER = buildPerson(12);
const device = () => randomToken(24);
let personId = "";

/** A different 8-digit code than `code` (for guesses that must miss). */
const other = (code: string) => String((Number(code) + 1) % 100_000_000).padStart(8, "0");

beforeEach(async () => {
  await resetDatabase();
  personId = (await upsertPerson(prisma, FOREIGNER)).id;
  await upsertPerson(prisma, OTHER);
});

describe("I6: device code", () => {
  it("I6: a code is 8 digits, lives 10 minutes, and only its HMAC is stored", async () => {
    const { code, expiresAt } = await generateDeviceCode(personId);
    expect(code).toMatch(/^\d{8}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(9.9 * 60_000);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const row = await prisma.personToken.findFirstOrThrow({ where: { personId, purpose: "DEVICE_CODE" } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(code);
  });

  it("I6/I8: binding creates an ACTIVE device credential with an app password (hashed) and a DEVICE/APP ticket", async () => {
    const { code } = await generateDeviceCode(personId);
    const deviceId = device();
    const bound = await bindDevice(` ${code.slice(0, 4)}-${code.slice(4)} `, { client: "c1", deviceId });
    expect(bound.personId).toBe(personId);
    expect(bound.appPassword).toMatch(/^[a-z2-9]{10}$/);
    const cred = await prisma.credential.findUniqueOrThrow({ where: { method_externalRef: { method: "DEVICE", externalRef: deviceId } } });
    expect(cred).toMatchObject({ personId, status: "ACTIVE" });
    expect(cred.secretHash).not.toContain(bound.appPassword);
    expect(await verifyPassword(bound.appPassword, cred.secretHash!)).toBe(true);
    expect(await redeemLoginTicket(bound.ticket)).toEqual({ personId, method: "DEVICE", channel: "APP" });
  });

  it("I6: a used code is refused (DEVICE_CODE_USED)", async () => {
    const { code } = await generateDeviceCode(personId);
    await bindDevice(code, { client: "c1", deviceId: device() });
    await expect(bindDevice(code, { client: "c1", deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_USED", status: 409 });
  });

  it("I6: an expired code is refused (DEVICE_CODE_EXPIRED), and so is one replaced by a newer code", async () => {
    const first = await generateDeviceCode(personId);
    const second = await generateDeviceCode(personId);
    await expect(bindDevice(first.code, { client: "c1", deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_EXPIRED" });
    await prisma.personToken.updateMany({ where: { usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(bindDevice(second.code, { client: "c1", deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_EXPIRED" });
    expect(await prisma.credential.count({ where: { method: "DEVICE" } })).toBe(0);
  });

  it("I6: a guess that matches no code is only ever DEVICE_CODE_INVALID (no hint that codes exist)", async () => {
    const { code } = await generateDeviceCode(personId);
    await expect(bindDevice(other(code), { client: "c1", deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_INVALID" });
    await expect(bindDevice("1234567", { client: "c1", deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_INVALID" });
  });

  it("I6: guessing is rate-limited per device (5 per 10 minutes)", async () => {
    const { code } = await generateDeviceCode(personId);
    const deviceId = device();
    for (let i = 0; i < 5; i++) await expect(bindDevice(other(code), { client: "c1", deviceId })).rejects.toMatchObject({ code: "DEVICE_CODE_INVALID" });
    // Even the right code is refused from that device now.
    await expect(bindDevice(code, { client: "c2", deviceId })).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
  });

  it("I6: guessing is rate-limited per client address across devices (LIMITS.deviceCodePerClient)", async () => {
    const { code } = await generateDeviceCode(personId);
    for (let i = 0; i < LIMITS.deviceCodePerClient.limit; i++) await expect(bindDevice(other(code), { client: "c9", deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_INVALID" });
    await expect(bindDevice(code, { client: "c9", deviceId: device() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(bindDevice(code, { client: "c10", deviceId: device() })).resolves.toHaveProperty("ticket");
  });

  it("issue 7 item 2: dropping the device cookie and rotating X-Forwarded-For do not reset the per-client limit", async () => {
    const { code } = await generateDeviceCode(personId);
    const attempt = (guess: string, i: number) =>
      bindRoute(
        new NextRequest("http://localhost/api/app/device/bind", {
          method: "POST",
          body: JSON.stringify({ code: guess }),
          // A new, made-up forwarding chain each time, and no device cookie (so a new device id).
          headers: { "content-type": "application/json", [SOCKET_ADDRESS_HEADER]: "203.0.113.50", "x-forwarded-for": `198.51.${i >> 8}.${i & 255}` },
        }),
        {},
      );
    for (let i = 0; i < LIMITS.deviceCodePerClient.limit; i++) expect((await attempt(other(code), i)).status).toBe(422);
    const limited = await attempt(code, 9999);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    expect(await prisma.credential.count({ where: { method: "DEVICE" } })).toBe(0);
  });

  it("issue 7 item 2: tries at one real (dead) code are limited per code and per person, from any device and client", async () => {
    const { code } = await generateDeviceCode(personId);
    await bindDevice(code, { client: "c1", deviceId: device() });
    for (let i = 0; i < 4; i++) await expect(bindDevice(code, { client: `x${i}`, deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_USED" });
    await expect(bindDevice(code, { client: "x99", deviceId: device() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.rateLimitBucket.count({ where: { key: { startsWith: "device-code:code:" } } })).toBe(1);
  });

  it("I6: tries at one person's real (dead) codes are limited per person", async () => {
    const { code } = await generateDeviceCode(personId);
    await bindDevice(code, { client: "c1", deviceId: device() });
    for (let i = 0; i < 4; i++) await expect(bindDevice(code, { client: `c${i}`, deviceId: device() })).rejects.toMatchObject({ code: "DEVICE_CODE_USED" });
    await expect(bindDevice(code, { client: "c99", deviceId: device() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("I6: a phone bound to someone else is rebound to the person whose code it used", async () => {
    const otherId = (await prisma.person.findUniqueOrThrow({ where: { idNumber: OTHER.idNumber } })).id;
    const deviceId = device();
    await bindDevice((await generateDeviceCode(otherId)).code, { client: "c1", deviceId });
    await bindDevice((await generateDeviceCode(personId)).code, { client: "c1", deviceId });
    const creds = await prisma.credential.findMany({ where: { method: "DEVICE" } });
    expect(creds).toHaveLength(1);
    expect(creds[0]!.personId).toBe(personId);
  });
});

describe("I1/I8: one person across card and device", () => {
  it("I1/I8: a foreign resident registers with the card, logs in, binds a phone: card and device sessions are the same person", async () => {
    await setupStandin({ prisma, databaseUrl: databaseUrl(), log: () => {} });
    const prove = async () => {
      const { nonce } = await issueCardChallenge();
      return { cardNumber: FOREIGNER.cardNumber, nonce, response: await signWithCard(FOREIGNER.cardNumber, nonce) };
    };
    const ctx = { client: "c1", locale: "en" as const };
    const form = registrationSchema.parse({ kind: "resident", residentCertIssuedOn: "2020-01-10", residentCertExpiresOn: "2099-01-09", residentCertSerial: "YD00099999", address: "No. 1, Test Rd, Taipei", phone: "0998000011", email: "f@example.test", password: "secret9", passwordConfirm: "secret9" });
    await registerWithCard(await prove(), form, ctx);
    const [mail] = sentMailTo("f@example.test", 1, databaseUrl());
    expect(mail!.subject).toMatch(/^Confirm your e-mail/);
    await confirmEmail(/token=([\w-]+)/.exec(mail!.text)![1]!);
    const web = await redeemLoginTicket((await loginWithCard(await prove(), "secret9", ctx)).ticket);
    const app = await redeemLoginTicket((await bindDevice((await generateDeviceCode(web!.personId)).code, { client: "c1", deviceId: device() })).ticket);
    expect(web).toEqual({ personId, method: "NHI_CARD", channel: "WEB" });
    expect(app).toEqual({ personId, method: "DEVICE", channel: "APP" });
    expect(await prisma.person.count({ where: { idNumber: FOREIGNER.idNumber } })).toBe(1);
    expect((await prisma.credential.findMany({ where: { personId }, orderBy: { method: "asc" } })).map((c) => c.method)).toEqual(["NHI_CARD", "DEVICE"]);
  });
});
