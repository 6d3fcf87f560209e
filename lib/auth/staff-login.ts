import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { clearRateLimit, consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import type { StaffPrincipal } from "./session";
import { checkTotp, decryptTotpSecret } from "@/lib/staff/totp";

// Verifying against a real hash when the account does not exist keeps the timing the same, so the
// response time does not tell which usernames exist.
const DUMMY_HASH = hashPassword("not-a-real-password");

export type StaffLoginResult = { ok: true; principal: StaffPrincipal } | { ok: false; reason: "INVALID" };

/**
 * Issue 7 item 2 (D31): guessing is throttled per source address and per (source, username), both
 * counted before anything is looked up, so an unknown, a deactivated and a real account answer
 * alike — and there is no account lock: someone who knows only a username cannot lock its owner
 * out, from anywhere else. Wrong passwords for real accounts are audited (who was tried, from where).
 * `source` is the client address (lib/http/client-address.ts).
 */
/*
 * Issue 10 item 7 (D122): then the second factor — a TOTP code from the account's authenticator.
 * Only someone who knew the password reaches it, and its guesses are counted per account
 * (LIMITS.totpPerAccount), so the million codes cannot be walked through; a wrong or missing code
 * answers exactly like a wrong password. An account with no enrolled secret cannot sign in.
 */
export async function staffLogin(username: string, password: string, source: string, code = ""): Promise<StaffLoginResult> {
  const name = username.toLowerCase();
  const pairKey = `staff-login:src-user:${source}:${name}`;
  await consumeRateLimit(`staff-login:src:${source}`, LIMITS.staffLoginPerSource);
  await consumeRateLimit(pairKey, LIMITS.loginPerSourceAndAccount);
  const staff = await db().staffAccount.findUnique({
    where: { username },
    select: { id: true, role: true, storeId: true, passwordHash: true, active: true, totpSecret: true },
  });
  if (!staff || !staff.active) {
    await verifyPassword(password, await DUMMY_HASH);
    return { ok: false, reason: "INVALID" };
  }
  if (!(await verifyPassword(password, staff.passwordHash))) {
    await audit(db(), { actorStaffId: staff.id, actorKind: "staff", action: "staff.login_failed", details: { source } });
    return { ok: false, reason: "INVALID" };
  }
  const totpKey = `staff-totp:${staff.id}`;
  await consumeRateLimit(totpKey, LIMITS.totpPerAccount);
  const secret = staff.totpSecret ? decryptTotpSecret(staff.totpSecret) : null;
  if (!secret || !checkTotp(secret, code.trim())) {
    await audit(db(), { actorStaffId: staff.id, actorKind: "staff", action: "staff.login_failed", details: { source, factor: secret ? "totp" : "no_totp_enrolled" } });
    return { ok: false, reason: "INVALID" };
  }
  await clearRateLimit(totpKey);
  await db().$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id: staff.id }, data: { failedAttempts: 0, lockedUntil: null } });
    await audit(tx, { actorStaffId: staff.id, actorKind: "staff", action: "staff.login" });
  });
  await clearRateLimit(pairKey);
  return { ok: true, principal: { kind: "staff", staffId: staff.id, role: staff.role, storeId: staff.storeId } };
}
