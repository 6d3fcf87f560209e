import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import type { StaffPrincipal } from "@/lib/auth/session";
import { qrDataUrl } from "@/lib/identity/device/qr";
import { encryptTotpSecret, newTotpSecret, totpUri } from "./totp";
import type { ChangeRoleInput, CreateStaffInput } from "./schemas";

/**
 * Issue 10 item 7: admins create, deactivate, reactivate and reset staff accounts and change roles.
 * Creating or resetting an account issues a one-time password and a new TOTP secret, shown to the
 * admin once (to hand over in person, like a token) and never again (D122). Every change is audited;
 * an admin cannot deactivate, reset or demote themselves (no locking the last admin out by a slip).
 */
export type Enrolment = { username: string; password: string; secret: string; uri: string; qr: string };

const err = (code: string, kind: "NOT_FOUND" | "CONFLICT" | "VALIDATION", zh: string, en: string) => new AppError(code, kind, { "zh-TW": zh, en });

/** 16 characters from a 32-symbol alphabet without look-alikes: 80 bits, read aloud easily. */
function oneTimePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join("");
}

async function enrolment(username: string): Promise<Enrolment & { passwordHash: string; totpSecret: string }> {
  const password = oneTimePassword();
  const secret = newTotpSecret();
  const uri = totpUri(username, secret);
  return { username, password, secret, uri, qr: await qrDataUrl(uri), passwordHash: await hashPassword(password), totpSecret: encryptTotpSecret(secret) };
}

async function storeIdFor(role: string, storeCode: string | undefined): Promise<string | null> {
  if (role !== "CLERK") return null;
  if (!storeCode) throw err("STORE_REQUIRED", "VALIDATION", "門市店員須指定門市代號。", "A store clerk needs a store code.");
  const store = await db().store.findUnique({ where: { code: storeCode }, select: { id: true } });
  if (!store) throw err("UNKNOWN_STORE", "VALIDATION", "查無此門市代號。", "No store has this code.");
  return store.id;
}

function notSelf(actor: StaffPrincipal, staffId: string): void {
  if (actor.staffId === staffId) throw err("SELF_CHANGE", "CONFLICT", "不能變更自己的帳號，請由另一位管理員處理。", "You cannot change your own account: ask another administrator.");
}

export async function createStaffAccount(actor: StaffPrincipal, input: CreateStaffInput): Promise<Enrolment> {
  const storeId = await storeIdFor(input.role, input.storeCode);
  const e = await enrolment(input.username);
  try {
    await db().$transaction(async (tx) => {
      const staff = await tx.staffAccount.create({
        data: { username: input.username, displayName: input.displayName, role: input.role, storeId, passwordHash: e.passwordHash, totpSecret: e.totpSecret, totpEnrolledAt: new Date() },
        select: { id: true },
      });
      await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "staff.create", targetType: "staff", targetId: staff.id, details: { username: input.username, role: input.role, storeCode: input.storeCode ?? null } });
    });
  } catch (e2) {
    if ((e2 as { code?: string }).code === "P2002") throw err("USERNAME_TAKEN", "CONFLICT", "此帳號名稱已有人使用。", "This username is taken.");
    throw e2;
  }
  return { username: e.username, password: e.password, secret: e.secret, uri: e.uri, qr: e.qr };
}

async function existing(staffId: string) {
  const staff = await db().staffAccount.findUnique({ where: { id: staffId }, select: { id: true, username: true } });
  if (!staff) throw err("STAFF_NOT_FOUND", "NOT_FOUND", "查無此帳號。", "No such account.");
  return staff;
}

export async function setStaffActive(actor: StaffPrincipal, staffId: string, active: boolean): Promise<void> {
  notSelf(actor, staffId);
  await existing(staffId);
  await db().$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id: staffId }, data: { active } });
    await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: active ? "staff.reactivate" : "staff.deactivate", targetType: "staff", targetId: staffId });
  });
}

/** A forgotten password or a lost phone: a new one-time password and a new TOTP secret. */
export async function resetStaffAccount(actor: StaffPrincipal, staffId: string): Promise<Enrolment> {
  notSelf(actor, staffId);
  const staff = await existing(staffId);
  const e = await enrolment(staff.username);
  await db().$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id: staffId }, data: { passwordHash: e.passwordHash, totpSecret: e.totpSecret, totpEnrolledAt: new Date(), failedAttempts: 0, lockedUntil: null } });
    await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "staff.reset", targetType: "staff", targetId: staffId });
  });
  return { username: e.username, password: e.password, secret: e.secret, uri: e.uri, qr: e.qr };
}

export async function changeStaffRole(actor: StaffPrincipal, input: ChangeRoleInput): Promise<void> {
  notSelf(actor, input.staffId);
  await existing(input.staffId);
  const storeId = await storeIdFor(input.role, input.storeCode);
  await db().$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id: input.staffId }, data: { role: input.role, storeId } });
    await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "staff.role", targetType: "staff", targetId: input.staffId, details: { role: input.role, storeCode: input.storeCode ?? null } });
  });
}

/** The accounts list: never a hash or a secret, only whether a second factor is enrolled. */
export async function listStaffAccounts() {
  const rows = await db().staffAccount.findMany({
    orderBy: [{ active: "desc" }, { username: "asc" }],
    select: { id: true, username: true, displayName: true, role: true, active: true, totpEnrolledAt: true, store: { select: { code: true, name: true, nameEn: true } } },
  });
  return rows;
}
