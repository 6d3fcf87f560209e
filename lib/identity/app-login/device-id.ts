import { env } from "@/lib/env";
import { randomToken } from "@/lib/security/hash";

/**
 * The phone app's device id (DEVICE_COOKIE): 32 random bytes, base64url (43 characters, within
 * DEVICE_ID_PATTERN). httpOnly: no script needs it, the server reads it; sameSite lax; a year.
 * `secure` outside local use (the demo and tests run on plain http://127.0.0.1).
 */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export function newDeviceId(): string {
  return randomToken(32);
}

export function deviceCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS, secure: !env().local };
}
