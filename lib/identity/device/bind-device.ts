import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { DEVICE_ID_PATTERN } from "@/lib/identity/device-cookie";
import { generateAppPassword } from "@/lib/identity/app-login/app-password";
import { deviceErrors } from "./errors";
import { deviceCodeDigest } from "./generate-device-code";

export type BindContext = { client: string; deviceId: string };

/**
 * I6 step 2 (and I8 for foreigners): the app sends the code it scanned or was typed; the phone is
 * bound to the code's person — Credential(DEVICE, device id) ACTIVE with a new app password,
 * shown once — and signed in (ticket DEVICE, APP). A device already bound (to anyone) is rebound:
 * the phone now belongs to whoever holds a fresh code for it.
 *
 * Guessing (issue 7 item 2): every attempt counts per client address (from the socket and trusted
 * proxies only, lib/http/client-address.ts) and per device id; a code that matches a real token
 * — live, used or expired — also counts against that code and its person, keys no client-side
 * value (cookie, X-Forwarded-For) can change. A guess that matches nothing is only ever "invalid".
 */
export async function bindDevice(rawCode: string, ctx: BindContext): Promise<{ ticket: string; appPassword: string; personId: string }> {
  if (!DEVICE_ID_PATTERN.test(ctx.deviceId)) throw new RangeError("bindDevice needs a valid device id");
  await consumeRateLimit(`device-code:client:${ctx.client}`, LIMITS.deviceCodePerClient);
  await consumeRateLimit(`device-code:device:${ctx.deviceId}`, LIMITS.deviceCode);
  const code = rawCode.replace(/[\s-]/g, "");
  if (!/^\d{8}$/.test(code)) throw deviceErrors.invalid();
  const tokenHash = deviceCodeDigest(code);
  const token = await db().personToken.findUnique({ where: { tokenHash }, select: { purpose: true, personId: true } });
  if (!token || token.purpose !== "DEVICE_CODE") throw deviceErrors.invalid();
  await consumeRateLimit(`device-code:code:${tokenHash}`, LIMITS.deviceCodePerCode);
  await consumeRateLimit(`device-code:person:${token.personId}`, LIMITS.deviceCode);

  const appPassword = generateAppPassword();
  const secretHash = await hashPassword(appPassword);
  const at = now();
  const result = await db().$transaction(async (tx) => {
    const claimed = await tx.personToken.updateManyAndReturn({
      where: { tokenHash, purpose: "DEVICE_CODE", usedAt: null, expiresAt: { gt: at } },
      data: { usedAt: at },
      select: { personId: true },
    });
    const personId = claimed[0]?.personId;
    if (!personId) return null;
    const data = { personId, status: "ACTIVE" as const, secretHash, failedAttempts: 0, suspensions: 0, suspendedUntil: null, verifiedAt: at };
    const previous = await tx.credential.findUnique({ where: { method_externalRef: { method: "DEVICE", externalRef: ctx.deviceId } }, select: { personId: true } });
    const credential = await tx.credential.upsert({
      where: { method_externalRef: { method: "DEVICE", externalRef: ctx.deviceId } },
      create: { ...data, method: "DEVICE", externalRef: ctx.deviceId },
      update: data,
      select: { id: true },
    });
    await audit(tx, {
      actorKind: "person",
      action: "device.bound",
      targetType: "credential",
      targetId: credential.id,
      details: { rebound: previous ? previous.personId !== personId : false },
    });
    return { personId, ticket: await issueLoginTicket(tx, { personId, method: "DEVICE", channel: "APP" }) };
  });
  if (!result) {
    const row = await db().personToken.findUnique({ where: { tokenHash }, select: { usedAt: true } });
    throw row?.usedAt ? deviceErrors.used() : deviceErrors.expired();
  }
  return { ...result, appPassword };
}
