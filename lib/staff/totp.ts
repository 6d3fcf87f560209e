import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import { env } from "@/lib/env";

/**
 * Staff second factor (issue 10 item 7): RFC 6238 TOTP (6 digits, 30 s, SHA-1 — what every
 * authenticator app reads from an otpauth:// QR code), by otplib. The shared secret is stored
 * encrypted with AES-256-GCM under a key derived from NEXTAUTH_SECRET (HKDF), so a database dump
 * alone does not yield it; it is shown once, at enrolment, and never returned again (D122).
 *
 * Codes are checked against the real wall clock, not the demo clock (lib/clock.ts): the phone
 * that shows them keeps real time.
 */
const FORMAT = "v1";
let key: Buffer | undefined;

function encryptionKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "emask", "staff-totp-secret-v1", 32));
  return key;
}

export function newTotpSecret(): string {
  return generateSecret();
}

export function encryptTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [FORMAT, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptTotpSecret(stored: string): string | null {
  const [format, iv, tag, data] = stored.split(".");
  if (format !== FORMAT || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null; // another key (NEXTAUTH_SECRET changed) or a tampered value: no second factor
  }
}

/** A 6-digit code typed now (one 30-second step either side allowed for a phone's clock drift). */
export function checkTotp(secret: string, code: string, atMs: number = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    return verifySync({ secret, token: code, epoch: Math.floor(atMs / 1000), epochTolerance: 30 }).valid;
  } catch {
    return false;
  }
}

/** What the enrolment QR code holds: the standard otpauth:// URI authenticator apps read. */
export function totpUri(username: string, secret: string): string {
  return generateURI({ issuer: "emask", label: username, secret });
}
