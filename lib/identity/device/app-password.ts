import { randomBytes } from "node:crypto";

/**
 * The app password issued when a phone is bound (shown once, stored only as a scrypt hash).
 * Same form as the app's other passwords (lib/identity/app-login/app-password.ts): 10 lower-case
 * letters and digits without look-alikes (i, l, o, 0, 1) — about 49 bits.
 */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const APP_PASSWORD_LENGTH = 10;

export function newAppPassword(): string {
  let out = "";
  while (out.length < APP_PASSWORD_LENGTH) {
    // 248 = 8 × 31: rejecting bytes at or above it keeps every character equally likely.
    for (const b of randomBytes(APP_PASSWORD_LENGTH * 2)) if (b < 248 && out.length < APP_PASSWORD_LENGTH) out += ALPHABET[b % 31];
  }
  return out;
}
