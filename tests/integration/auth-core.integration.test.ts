import { beforeEach, describe, expect, it } from "vitest";
import { issueLoginTicket, redeemLoginTicket } from "@/lib/auth/tickets";
import { staffLogin } from "@/lib/auth/staff-login";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { AppError } from "@/lib/errors";
import { buildPerson, upsertPerson } from "@/lib/seed/factories";
import { resetDatabase, testDb } from "./helpers/db";

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

describe("staff login", () => {
  beforeEach(async () => {
    await resetDatabase();
    await prisma.staffAccount.create({
      data: { username: "admin", displayName: "A", role: "ADMIN", passwordHash: await hashPassword("right-password") },
    });
  });

  it("accepts the right password, refuses a wrong one and an unknown user alike, and audits both", async () => {
    expect(await staffLogin("admin", "right-password")).toMatchObject({ ok: true, principal: { kind: "staff", role: "ADMIN" } });
    expect(await staffLogin("admin", "wrong")).toEqual({ ok: false, reason: "INVALID" });
    expect(await staffLogin("nobody", "wrong")).toEqual({ ok: false, reason: "INVALID" });
    const actions = (await prisma.auditLog.findMany({ orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.login", "staff.login_failed"]);
  });

  it("five wrong passwords lock the account: then even the right one is refused", async () => {
    for (let i = 0; i < 4; i++) expect((await staffLogin("admin", "wrong")).ok).toBe(false);
    expect(await staffLogin("admin", "wrong")).toEqual({ ok: false, reason: "LOCKED" });
    expect(await staffLogin("admin", "right-password")).toEqual({ ok: false, reason: "LOCKED" });
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
