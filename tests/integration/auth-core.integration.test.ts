import { beforeEach, describe, expect, it } from "vitest";
import { issueLoginTicket, redeemLoginTicket } from "@/lib/auth/tickets";
import { staffLogin } from "@/lib/auth/staff-login";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { AppError } from "@/lib/errors";
import { buildPerson, upsertPerson } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "./helpers/db";
import { generateSync } from "otplib";
import { encryptTotpSecret, newTotpSecret } from "@/lib/staff/totp";

const prisma = testDb();

describe("login tickets (verification → session bridge)", () => {
  beforeEach(resetDatabase);

  it("a ticket is redeemed once, carrying who, how and the channel", async () => {
    const person = await upsertPerson(prisma, buildPerson(1));
    const ticket = await issueLoginTicket(prisma, { personId: person.id, method: "NHI_CARD", channel: "WEB" });
    expect(await redeemLoginTicket(ticket)).toEqual({ personId: person.id, method: "NHI_CARD", channel: "WEB" });
    expect(await redeemLoginTicket(ticket)).toBeNull();
  });

  it("concurrent redemptions of one ticket: exactly one succeeds", async () => {
    const person = await upsertPerson(prisma, buildPerson(1));
    const ticket = await issueLoginTicket(prisma, { personId: person.id, method: "PHONE", channel: "APP" });
    const results = await Promise.all(Array.from({ length: 6 }, () => redeemLoginTicket(ticket)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("an expired, unknown or malformed ticket is refused, and only a hash is stored", async () => {
    const person = await upsertPerson(prisma, buildPerson(1));
    const ticket = await issueLoginTicket(prisma, { personId: person.id, method: "DEVICE", channel: "APP" });
    const row = await prisma.loginTicket.findFirstOrThrow();
    expect(row.tokenHash).not.toContain(ticket);
    await prisma.loginTicket.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await redeemLoginTicket(ticket)).toBeNull();
    expect(await redeemLoginTicket("x".repeat(43))).toBeNull();
    expect(await redeemLoginTicket(42)).toBeNull();
  });
});

const SRC = "198.51.100.1";
const TOTP = newTotpSecret();
const code = () => generateSync({ secret: TOTP });

describe("staff login", () => {
  beforeEach(async () => {
    await resetDatabase();
    await prisma.staffAccount.create({
      data: { username: "admin", displayName: "A", role: "ADMIN", passwordHash: await hashPassword("right-password"), totpSecret: encryptTotpSecret(TOTP) },
    });
  });

  it("accepts the right password, refuses a wrong one and an unknown user alike, and audits both", async () => {
    expect(await staffLogin("admin", "right-password", SRC, code())).toMatchObject({ ok: true, principal: { kind: "staff", role: "ADMIN" } });
    expect(await staffLogin("admin", "wrong", SRC)).toEqual({ ok: false, reason: "INVALID" });
    expect(await staffLogin("nobody", "wrong", SRC)).toEqual({ ok: false, reason: "INVALID" });
    const actions = (await prisma.auditLog.findMany({ orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.login", "staff.login_failed"]);
  });

  it("issue 7 item 2: someone knowing only the username cannot lock the owner out; their source is throttled instead", async () => {
    const attacker = "203.0.113.9";
    for (let i = 0; i < 5; i++) expect(await staffLogin("admin", `wrong${i}`, attacker)).toEqual({ ok: false, reason: "INVALID" });
    await expect(staffLogin("admin", "right-password", attacker, code())).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await staffLogin("admin", "right-password", SRC, code())).toMatchObject({ ok: true });
    expect((await prisma.staffAccount.findUniqueOrThrow({ where: { username: "admin" } })).lockedUntil).toBeNull();
  });

  it("issue 7 item 2: unknown and real usernames answer alike, down to the throttle", async () => {
    const src = "203.0.113.10";
    const real: unknown[] = [];
    const unknown: unknown[] = [];
    const attempt = (u: string) => staffLogin(u, "wrong", src).catch((e: { code: string }) => e.code);
    for (let i = 0; i < 6; i++) {
      real.push(await attempt("admin"));
      unknown.push(await attempt("nobody"));
    }
    expect(real).toEqual(unknown);
    expect(real.at(-1)).toBe("RATE_LIMITED");
  });

  it("issue 7 item 2: one source is throttled across usernames", async () => {
    const src = "203.0.113.11";
    for (let i = 0; i < 5; i++) await staffLogin(`user${i}`, "wrong", src);
    // The rest of the window's allowance spent (LIMITS.staffLoginPerSource), on any usernames.
    await prisma.rateLimitBucket.update({ where: { key: `staff-login:src:${src}` }, data: { count: LIMITS.staffLoginPerSource.limit } });
    await expect(staffLogin("admin", "right-password", src, code())).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("issue 7 item 2: an owner's own successful sign-ins never throttle them", async () => {
    for (let i = 0; i < 8; i++) expect((await staffLogin("admin", "right-password", SRC, code())).ok).toBe(true);
  });
});

describe("rate limit", () => {
  beforeEach(resetDatabase);

  it("counts attempts per key in the database and refuses past the limit with RATE_LIMITED", async () => {
    const limit = { limit: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) await consumeRateLimit("k1", limit);
    await expect(consumeRateLimit("k1", limit)).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    await consumeRateLimit("k2", limit); // other keys are untouched
  });

  it("counts concurrent attempts exactly", async () => {
    const limit = { limit: 5, windowSeconds: 60 };
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => consumeRateLimit("burst", limit)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof AppError)).toHaveLength(7);
  });

  it("a new window starts after the old one has passed", async () => {
    const limit = { limit: 1, windowSeconds: 60 };
    await consumeRateLimit("w", limit);
    await prisma.rateLimitBucket.update({ where: { key: "w" }, data: { windowStart: new Date(Date.now() - 61_000) } });
    await consumeRateLimit("w", limit);
    await expect(consumeRateLimit("w", limit)).rejects.toBeInstanceOf(AppError);
  });
});
