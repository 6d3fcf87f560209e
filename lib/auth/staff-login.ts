import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import type { StaffPrincipal } from "./session";

const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60 * 1000;
// Verifying against a real hash when the account does not exist keeps the timing the same, so the
// response time does not tell which usernames exist.
const DUMMY_HASH = hashPassword("not-a-real-password");

export type StaffLoginResult = { ok: true; principal: StaffPrincipal } | { ok: false; reason: "INVALID" | "LOCKED" };

export async function staffLogin(username: string, password: string): Promise<StaffLoginResult> {
  await consumeRateLimit(`staff-login:${username.toLowerCase()}`, LIMITS.login);
  const staff = await db().staffAccount.findUnique({
    where: { username },
    select: { id: true, role: true, storeId: true, passwordHash: true, active: true, failedAttempts: true, lockedUntil: true },
  });
  if (!staff || !staff.active) {
    await verifyPassword(password, await DUMMY_HASH);
    return { ok: false, reason: "INVALID" };
  }
  const at = now();
  if (staff.lockedUntil && staff.lockedUntil > at) return { ok: false, reason: "LOCKED" };
  if (!(await verifyPassword(password, staff.passwordHash))) {
    const failures = staff.failedAttempts + 1;
    const locked = failures >= MAX_FAILURES;
    await db().$transaction(async (tx) => {
      await tx.staffAccount.update({
        where: { id: staff.id },
        data: { failedAttempts: locked ? 0 : failures, lockedUntil: locked ? new Date(at.getTime() + LOCK_MS) : null },
      });
      await audit(tx, { actorStaffId: staff.id, actorKind: "staff", action: locked ? "staff.locked" : "staff.login_failed" });
    });
    return { ok: false, reason: locked ? "LOCKED" : "INVALID" };
  }
  await db().$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id: staff.id }, data: { failedAttempts: 0, lockedUntil: null } });
    await audit(tx, { actorStaffId: staff.id, actorKind: "staff", action: "staff.login" });
  });
  return { ok: true, principal: { kind: "staff", staffId: staff.id, role: staff.role, storeId: staff.storeId } };
}
