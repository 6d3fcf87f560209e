import { beforeEach, describe, expect, it } from "vitest";
import { generateSync } from "otplib";
import { createRound, updateRound } from "@/lib/rounds/save-round";
import type { RoundDraft } from "@/lib/rounds/round-rules";
import { changeStaffRole, createStaffAccount, resetStaffAccount, setStaffActive } from "@/lib/staff/accounts";
import { decryptTotpSecret } from "@/lib/staff/totp";
import { staffLogin } from "@/lib/auth/staff-login";
import { currentStaffPrincipal } from "@/lib/auth/staff-session";
import { roundCommitment } from "@/lib/rounds/draw-seed";
import { createStore } from "@/lib/seed/factories";
import type { StaffPrincipal } from "@/lib/auth/session";
import { resetDatabase, testDb } from "../helpers/db";

const prisma = testDb();
const SRC = "198.51.100.20";

async function admin(): Promise<StaffPrincipal> {
  const a = await prisma.staffAccount.create({ data: { username: "boss", displayName: "Boss", role: "ADMIN", passwordHash: "x" }, select: { id: true } });
  return { kind: "staff", staffId: a.id, role: "ADMIN", storeId: null };
}

const DRAFT: RoundDraft = {
  name: "第 9 輪", product: "ADULT_MASK", masksPerOrder: 3, unitPrice: 5, fee: 7, adultAge: 12,
  orderOpensOn: "2030-03-12", orderOpensTime: "09:00", orderClosesOn: "2030-03-18", resultsOn: "2030-03-19",
  paymentDeadline: "2030-03-25", pickupStart: "2030-03-26", pickupEnd: "2030-04-01",
};

describe("issue 10 item 1: saving rounds (real PostgreSQL)", () => {
  let actor: StaffPrincipal;
  beforeEach(async () => {
    await resetDatabase();
    actor = await admin();
  });

  it("issue 10 item 1: a new round is stored with its draw commitment (R2) and audited; a bad calendar stores nothing", async () => {
    const bad = await createRound(actor, { ...DRAFT, resultsOn: "2030-03-17" }, new Date("2030-01-01"));
    expect(bad).toEqual({ ok: false, errors: { resultsOn: { code: "NOT_AFTER", other: "orderClosesOn" } } });
    expect(await prisma.round.count()).toBe(0);
    const saved = await createRound(actor, DRAFT, new Date("2030-01-01"));
    if (!saved.ok) throw new Error("refused");
    const round = await prisma.round.findUniqueOrThrow({ where: { id: saved.roundId } });
    expect(round.orderOpensAt.toISOString()).toBe("2030-03-12T01:00:00.000Z");
    expect(round.drawCommitment).toBe(roundCommitment(round.id));
    expect(await prisma.auditLog.count({ where: { action: "round.create", targetId: round.id, actorStaffId: actor.staffId } })).toBe(1);
    await expect(createRound(actor, DRAFT, new Date("2030-01-01"))).rejects.toMatchObject({ code: "ROUND_NAME_TAKEN" });
  });

  it("issue 10 item 1: before opening anything may change; after, only the name — and the commitment never", async () => {
    const saved = await createRound(actor, DRAFT, new Date("2030-01-01"));
    if (!saved.ok) throw new Error("refused");
    expect(await updateRound(actor, saved.roundId, { ...DRAFT, unitPrice: 6 }, new Date("2030-02-01"))).toEqual({ ok: true, roundId: saved.roundId });
    const opened = new Date("2030-03-13T00:00:00Z");
    expect(await updateRound(actor, saved.roundId, { ...DRAFT, unitPrice: 8, name: "x" }, opened)).toEqual({ ok: false, errors: { unitPrice: { code: "LOCKED" } } });
    expect(await updateRound(actor, saved.roundId, { ...DRAFT, unitPrice: 6, name: "第 9 輪（更名）" }, opened)).toMatchObject({ ok: true });
    const round = await prisma.round.findUniqueOrThrow({ where: { id: saved.roundId } });
    expect([round.name, round.unitPrice, round.drawCommitment]).toEqual(["第 9 輪（更名）", 6, roundCommitment(round.id)]);
    const updates = await prisma.auditLog.findMany({ where: { action: "round.update" }, orderBy: { at: "asc" } });
    expect(updates.map((u) => u.details)).toEqual([{ changed: { unitPrice: 6 } }, { changed: { name: "第 9 輪（更名）" } }]);
  });
});

describe("issue 10 item 7: staff accounts and the second factor (real PostgreSQL)", () => {
  let actor: StaffPrincipal;
  beforeEach(async () => {
    await resetDatabase();
    actor = await admin();
  });

  it("issue 10 item 7: a created account signs in with its password AND the current TOTP code; the secret is stored encrypted", async () => {
    const e = await createStaffAccount(actor, { username: "auditor2", displayName: "Aud", role: "AUDITOR" });
    const row = await prisma.staffAccount.findUniqueOrThrow({ where: { username: "auditor2" } });
    expect(row.totpSecret).not.toContain(e.secret);
    expect(decryptTotpSecret(row.totpSecret!)).toBe(e.secret);
    expect(e.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await staffLogin("auditor2", e.password, SRC, "")).toEqual({ ok: false, reason: "INVALID" });
    expect(await staffLogin("auditor2", "wrong-password", SRC, generateSync({ secret: e.secret }))).toEqual({ ok: false, reason: "INVALID" });
    expect(await staffLogin("auditor2", e.password, SRC, generateSync({ secret: e.secret }))).toMatchObject({ ok: true, principal: { role: "AUDITOR" } });
    expect(await prisma.auditLog.count({ where: { action: "staff.create", targetId: row.id } })).toBe(1);
  });

  it("issue 10 item 7: TOTP guesses are rate-limited per account (5 per window), even with the right password", async () => {
    const e = await createStaffAccount(actor, { username: "counter2", displayName: "C", role: "COUNTER" });
    const right = generateSync({ secret: e.secret });
    const wrong = right === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) expect(await staffLogin("counter2", e.password, `198.51.100.${30 + i}`, wrong)).toEqual({ ok: false, reason: "INVALID" });
    await expect(staffLogin("counter2", e.password, "198.51.100.40", right)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("issue 10 item 7: an account without an enrolled second factor cannot sign in", async () => {
    const { hashPassword } = await import("@/lib/auth/password");
    await prisma.staffAccount.create({ data: { username: "legacy", displayName: "L", role: "COUNTER", passwordHash: await hashPassword("legacy-password") } });
    expect(await staffLogin("legacy", "legacy-password", SRC, "123456")).toEqual({ ok: false, reason: "INVALID" });
  });

  it("issue 10 item 7: a clerk needs a real store; deactivation ends the session; reset replaces password and secret; nobody changes their own account", async () => {
    await expect(createStaffAccount(actor, { username: "clerk2", displayName: "K", role: "CLERK" })).rejects.toMatchObject({ code: "STORE_REQUIRED" });
    await expect(createStaffAccount(actor, { username: "clerk2", displayName: "K", role: "CLERK", storeCode: "NOPE" })).rejects.toMatchObject({ code: "UNKNOWN_STORE" });
    await createStore(prisma, 1);
    const e = await createStaffAccount(actor, { username: "clerk2", displayName: "K", role: "CLERK", storeCode: "T000001" });
    await expect(createStaffAccount(actor, { username: "clerk2", displayName: "K2", role: "AUDITOR" })).rejects.toMatchObject({ code: "USERNAME_TAKEN" });
    const login = await staffLogin("clerk2", e.password, SRC, generateSync({ secret: e.secret }));
    if (!login.ok) throw new Error("refused");
    expect(login.principal.storeId).not.toBeNull();

    await setStaffActive(actor, login.principal.staffId, false);
    expect(await currentStaffPrincipal(login.principal)).toBeNull();
    await setStaffActive(actor, login.principal.staffId, true);

    const fresh = await resetStaffAccount(actor, login.principal.staffId);
    expect(fresh.secret).not.toBe(e.secret);
    expect(await staffLogin("clerk2", e.password, "198.51.100.50", generateSync({ secret: fresh.secret }))).toEqual({ ok: false, reason: "INVALID" });
    expect(await staffLogin("clerk2", fresh.password, "198.51.100.51", generateSync({ secret: fresh.secret }))).toMatchObject({ ok: true });

    await changeStaffRole(actor, { staffId: login.principal.staffId, role: "AUDITOR" });
    expect(await currentStaffPrincipal(login.principal)).toMatchObject({ role: "AUDITOR", storeId: null });

    await expect(setStaffActive(actor, actor.staffId, false)).rejects.toMatchObject({ code: "SELF_CHANGE" });
    await expect(resetStaffAccount(actor, actor.staffId)).rejects.toMatchObject({ code: "SELF_CHANGE" });
    const actions = (await prisma.auditLog.findMany({ where: { actorStaffId: actor.staffId }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.create", "staff.deactivate", "staff.reactivate", "staff.reset", "staff.role"]);
  });
});
