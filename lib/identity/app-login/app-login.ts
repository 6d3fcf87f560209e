/**
 * Logging in to the app (健康存摺) with an ID number and the app password that phone
 * verification (I5), device binding (I6) or the counter (I7) issued. A DEVICE credential only
 * counts on its own device (the device cookie equals its externalRef).
 *
 * Guessing (issue 7 item 2, D31): throttled per source address and per (source, ID number),
 * counted before anything is looked up; no account lock and no per-credential suspension, because
 * anyone who knows an ID number could pull such a lever to lock its owner out. So the answer is
 * the same for an unknown ID, a wrong password and a cancelled credential (INVALID_CREDENTIALS),
 * and RATE_LIMITED depends on the source alone. App passwords are random (≈49 bits): guessing them
 * online is hopeless at 5 tries per 15 minutes per source. The I3 rule stays with the NHI card,
 * where the seed states it (lib/identity/nhi-card).
 */
import { db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { clearRateLimit, consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { DEVICE_ID_PATTERN } from "@/lib/identity/device-cookie";
import type { VerificationMethod } from "@/lib/generated/prisma/client";
import { normalizeIdNumber } from "./normalize-id-number";
import { appLoginErrors } from "./errors";

export type AppLoginInput = { idNumber: string; password: string; deviceId: string | null; source: string };
export type AppLoggedIn = { ticket: string; method: VerificationMethod };

// Checking a real hash when there is nothing to check keeps the timing the same (no enumeration).
const DUMMY_HASH = hashPassword("not-a-real-app-password");

export async function appLogin(input: AppLoginInput): Promise<AppLoggedIn> {
  const idNumber = normalizeIdNumber(input.idNumber);
  await consumeRateLimit(`app-login:src:${input.source}`, LIMITS.verification);
  const pairKey = `app-login:src-id:${input.source}:${idNumber}`;
  await consumeRateLimit(pairKey, LIMITS.loginPerSourceAndAccount);
  const deviceId = input.deviceId && DEVICE_ID_PATTERN.test(input.deviceId) ? input.deviceId : null;
  const person = await db().person.findUnique({ where: { idNumber }, select: { id: true } });
  const ok = person ? await tryCredentials(person.id, input.password, deviceId) : await nothingToCheck(input.password);
  if (!ok) throw appLoginErrors.invalid();
  await clearRateLimit(pairKey);
  return ok;
}

async function nothingToCheck(password: string): Promise<null> {
  await verifyPassword(password, await DUMMY_HASH);
  return null;
}

/** A right password opens the credential it belongs to; a wrong one writes nothing. */
async function tryCredentials(personId: string, password: string, deviceId: string | null): Promise<AppLoggedIn | null> {
  const creds = await db().credential.findMany({
    // SUSPENDED: rows from before D31 (per-credential suspension) still open with the right password.
    where: {
      personId,
      status: { in: ["ACTIVE", "SUSPENDED"] },
      secretHash: { not: null },
      OR: [{ method: { in: ["PHONE", "COUNTER"] } }, ...(deviceId ? [{ method: "DEVICE" as const, externalRef: deviceId }] : [])],
    },
    orderBy: { verifiedAt: "desc" },
    select: { id: true, method: true, secretHash: true },
  });
  if (creds.length === 0) return nothingToCheck(password);
  for (const c of creds) {
    if (await verifyPassword(password, c.secretHash!)) {
      return db().$transaction(async (tx) => {
        await tx.credential.update({ where: { id: c.id }, data: { status: "ACTIVE", failedAttempts: 0, suspendedUntil: null } });
        return { ticket: await issueLoginTicket(tx, { personId, method: c.method, channel: "APP" }), method: c.method };
      });
    }
  }
  return null;
}
