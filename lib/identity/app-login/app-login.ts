/**
 * Logging in to the app (健康存摺) with an ID number and the app password that phone
 * verification (I5), device binding (I6) or the counter (I7) issued. A DEVICE credential only
 * counts on its own device (the device cookie equals its externalRef). Wrong passwords follow the
 * I3 rule per credential (3 wrong → 10 minutes suspended, 3 suspensions → cancelled: verify again,
 * I9). An unknown ID and a wrong password get the same refusal.
 */
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { DEVICE_ID_PATTERN } from "@/lib/identity/device-cookie";
import { afterRightPassword, afterWrongPassword, loginAllowed, type AttemptOutcome, type AttemptState } from "@/lib/rules";
import type { VerificationMethod } from "@/lib/generated/prisma/client";
import { normalizeIdNumber } from "./normalize-id-number";
import { appLoginErrors } from "./errors";

export type AppLoginInput = { idNumber: string; password: string; deviceId: string | null };
export type AppLoggedIn = { ticket: string; method: VerificationMethod };

// Checking a real hash when there is nothing to check keeps the timing the same (no enumeration).
const DUMMY_HASH = hashPassword("not-a-real-app-password");

type Outcome = { kind: "ok"; ticket: string; method: VerificationMethod } | { kind: "invalid" } | Exclude<AttemptOutcome, { kind: "ok" }>;

export async function appLogin(input: AppLoginInput): Promise<AppLoggedIn> {
  const idNumber = normalizeIdNumber(input.idNumber);
  await consumeRateLimit(`app-login-id:${idNumber}`, LIMITS.login);
  const deviceId = input.deviceId && DEVICE_ID_PATTERN.test(input.deviceId) ? input.deviceId : null;
  const person = await db().person.findUnique({ where: { idNumber }, select: { id: true } });
  const outcome: Outcome = person ? await tryCredentials(person.id, input.password, deviceId) : await nothingToCheck(input.password);
  switch (outcome.kind) {
    case "ok":
      return { ticket: outcome.ticket, method: outcome.method };
    case "invalid":
      throw appLoginErrors.invalid();
    case "suspended":
      throw appLoginErrors.suspended(outcome.until);
    case "cancelled":
      throw appLoginErrors.cancelled();
  }
}

async function nothingToCheck(password: string): Promise<Outcome> {
  await verifyPassword(password, await DUMMY_HASH);
  return { kind: "invalid" };
}

/** One transaction, the person's app credentials locked: concurrent guesses are counted one by one. */
async function tryCredentials(personId: string, password: string, deviceId: string | null): Promise<Outcome> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM credentials WHERE person_id = ${personId}::uuid AND method IN ('PHONE', 'COUNTER', 'DEVICE') FOR UPDATE`;
    const creds = await tx.credential.findMany({
      where: {
        personId,
        status: { in: ["ACTIVE", "SUSPENDED", "CANCELLED"] },
        secretHash: { not: null },
        OR: [{ method: { in: ["PHONE", "COUNTER"] } }, ...(deviceId ? [{ method: "DEVICE" as const, externalRef: deviceId }] : [])],
      },
      orderBy: { verifiedAt: "desc" },
    });
    if (creds.length === 0) return nothingToCheck(password);
    const at = now();
    const usable = creds.filter((c) => c.status !== "CANCELLED" && loginAllowed(c, at).kind === "ok");
    if (usable.length === 0) {
      // Every credential is blocked: say which (a suspension ends; a cancellation needs I9).
      const suspended = creds.map((c) => (c.status === "CANCELLED" ? null : loginAllowed(c, at))).find((o) => o?.kind === "suspended");
      return suspended ?? { kind: "cancelled" };
    }
    for (const c of usable) {
      if (await verifyPassword(password, c.secretHash!)) {
        await tx.credential.update({ where: { id: c.id }, data: { ...afterRightPassword(attempts(c)), status: "ACTIVE" } });
        const ticket = await issueLoginTicket(tx, { personId, method: c.method, channel: "APP" });
        return { kind: "ok", ticket, method: c.method };
      }
    }
    // Wrong for every usable credential: each counts the wrong try.
    const outcomes: AttemptOutcome[] = [];
    for (const c of usable) {
      const { next, outcome } = afterWrongPassword(attempts(c), at);
      const status = outcome.kind === "cancelled" ? "CANCELLED" : outcome.kind === "suspended" ? "SUSPENDED" : "ACTIVE";
      await tx.credential.update({ where: { id: c.id }, data: { ...next, status } });
      outcomes.push(outcome);
    }
    if (outcomes.some((o) => o.kind === "ok")) return { kind: "invalid" };
    return outcomes.find((o) => o.kind === "suspended") ?? { kind: "cancelled" };
  });
}

function attempts(c: AttemptState): AttemptState {
  return { failedAttempts: c.failedAttempts, suspensions: c.suspensions, suspendedUntil: c.suspendedUntil };
}
