import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";

/**
 * The app password (I5, I7, I9): issued by the server, shown once, typed on a phone. Lower-case
 * letters and digits without the look-alikes (i, l, o, 0, 1), 10 characters: about 49 bits, far
 * beyond what 3 wrong tries per suspension and 3 suspensions per registration let anyone guess.
 * Only its scrypt hash is stored (Credential.secretHash).
 */
export const APP_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const APP_PASSWORD_LENGTH = 10;
export const APP_PASSWORD_PATTERN = new RegExp(`^[${APP_PASSWORD_ALPHABET}]{${APP_PASSWORD_LENGTH}}$`);

export function generateAppPassword(): string {
  const n = APP_PASSWORD_ALPHABET.length;
  const ceiling = 256 - (256 % n); // rejection sampling: no modulo bias
  let out = "";
  while (out.length < APP_PASSWORD_LENGTH) {
    for (const b of randomBytes(APP_PASSWORD_LENGTH * 2)) {
      if (b < ceiling && out.length < APP_PASSWORD_LENGTH) out += APP_PASSWORD_ALPHABET[b % n];
    }
  }
  return out;
}

export async function newAppPassword(): Promise<{ password: string; secretHash: string }> {
  const password = generateAppPassword();
  return { password, secretHash: await hashPassword(password) };
}
