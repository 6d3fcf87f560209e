/**
 * The NHI card challenge–response protocol (I3), shared by the card-reader stand-in (which plays
 * the card), the card-authentication service stand-in (which plays the NHIA's SAM) and the tests.
 *
 * Keys: every card holds its own secret, personalised at issue from the issuer's master key:
 *     cardSecret = HMAC-SHA256(masterKey, cardNumber)                       (32 bytes)
 * The card never reveals it. Asked to sign the server's one-time nonce it answers
 *     response   = hex(HMAC-SHA256(cardSecret, nonce || cardNumber))        (64 hex characters)
 * where `||` is concatenation of the UTF-8 strings. Binding the card number into the MAC means a
 * response for one card cannot be replayed as another card's. The authentication service, which
 * knows the master key (as a SAM does), re-derives the card secret and compares in constant time.
 *
 * Messages between the browser and the local card-reader component (the real one is a WebSocket
 * service on the person's computer; the stand-in is HTTP under /api/standins/card-reader/):
 *   list  → { cards: [{ cardNumber, label }] }          demo only: the cards one can "insert"
 *   read  { cardNumber }            → { card: { cardNumber, idNumber, name, birthDate } }
 *   sign  { cardNumber, nonce }     → { cardNumber, nonce, response }
 * Errors: { error: { code: "NO_CARD" | "VALIDATION", message } }.
 * Then browser → our server: { cardNumber, nonce, response } (+ the form of the step), checked
 * against a challenge the server issued (single use, 2 minutes) through CardAuthService.
 */
import { createHmac } from "node:crypto";
import { z } from "zod";
import { text } from "@/lib/validation/fields";

/** The 12 digits at the bottom left of the card's front (I2). No public check digit. */
export const CARD_NUMBER_PATTERN = /^\d{12}$/;
export const RESPONSE_PATTERN = /^[0-9a-f]{64}$/;
/** Nonces are base64url tokens from randomToken(32): 43 characters. */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

export function cardSecret(masterKey: Buffer, cardNumber: string): Buffer {
  return createHmac("sha256", masterKey).update(cardNumber, "utf8").digest();
}

export function cardResponse(secret: Buffer, nonce: string, cardNumber: string): string {
  return createHmac("sha256", secret).update(`${nonce}${cardNumber}`, "utf8").digest("hex");
}

/** What the browser sends our server to prove the card is in the reader now. */
export const cardProofSchema = z.object({
  cardNumber: text().regex(CARD_NUMBER_PATTERN),
  nonce: text().regex(NONCE_PATTERN),
  response: text().regex(RESPONSE_PATTERN),
});
export type CardProof = z.infer<typeof cardProofSchema>;

/** Reader messages (stand-in HTTP bodies). */
export const readRequestSchema = z.object({ cardNumber: text().regex(CARD_NUMBER_PATTERN) });
export const signRequestSchema = z.object({ cardNumber: text().regex(CARD_NUMBER_PATTERN), nonce: text().regex(NONCE_PATTERN) });

export type CardBasicData = { cardNumber: string; idNumber: string; name: string; birthDate: string };
