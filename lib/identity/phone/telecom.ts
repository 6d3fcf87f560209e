/**
 * I5: the telecom operator, as an adapter (issue 7 item 1). The app never sends an SMS or a code,
 * and never takes the phone's word: the phone number, plan, owner match and network all come from
 * the operator, signed with the operator's key and bound to a one-time nonce this server issued.
 *
 * Protocol (what the stand-in speaks, and what a real operator adapter must speak or be wrapped into):
 *
 *   1. app server → phone   nonce (POST /api/app/phone/nonce, after the ID number is checked)
 *   2. phone → operator     { nonce, idNumber } over the SIM's own mobile-data session, to
 *                           `assertionUrl`; the operator recognises the subscriber from that
 *                           session (nothing the phone says names the number)
 *   3. operator → phone     { payload, signature, keyId }
 *            payload:   base64url(JSON of OperatorAssertion) — the exact bytes signed
 *            signature: Ed25519 over the payload string (UTF-8), base64url
 *            keyId:     which operator key signed
 *   4. phone → app server   the signed assertion as received (POST /api/app/phone)
 *
 * The server checks, in order: signature with the operator's public key (it holds no private
 * key), the payload's shape, freshness (issuedAt … expiresAt, at most ASSERTION_MAX_LIFETIME_MS),
 * then (verify-own-phone.ts) the nonce: known, unused, unexpired, issued to this browser and for
 * the ID number the assertion names.
 */
import { verify, type KeyObject } from "node:crypto";
import { z } from "zod";
import type { Network, Plan, SubscriberFacts } from "@/lib/rules";
export type { Network, Plan, SubscriberFacts } from "@/lib/rules";

export const ASSERTION_VERSION = "emask-telecom-assertion-v2";
/** An assertion lives one minute at most; the nonce it names lives two. */
export const ASSERTION_MAX_LIFETIME_MS = 60_000;
const CLOCK_SKEW_MS = 5_000;

/** What the operator states. When it did not see the request on its mobile network, or the
 *  subscriber is not the ID's holder, every subscriber field is null: it says nothing more. */
export type OperatorAssertion = {
  v: typeof ASSERTION_VERSION;
  nonce: string;
  idNumber: string;
  network: Network;
  msisdn: string | null;
  ownerMatch: boolean;
  plan: Plan | null;
  company: boolean | null;
  reportedLost: boolean | null;
  terminated: boolean | null;
  issuedAt: string; // ISO 8601
  expiresAt: string; // ISO 8601
};

export type SignedAssertion = { payload: string; signature: string; keyId: string };

export const SignedAssertionSchema = z.object({
  payload: z.string().min(1).max(4096).regex(/^[A-Za-z0-9_-]+$/),
  signature: z.string().min(1).max(256).regex(/^[A-Za-z0-9_-]+$/),
  keyId: z.string().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/),
});

const AssertionSchema = z.object({
  v: z.literal(ASSERTION_VERSION),
  nonce: z.string().min(16).max(128),
  idNumber: z.string().max(12),
  network: z.enum(["MOBILE_DATA", "WIFI"]),
  msisdn: z.string().regex(/^09\d{8}$/).nullable(),
  ownerMatch: z.boolean(),
  plan: z.enum(["MONTHLY", "PREPAID"]).nullable(),
  company: z.boolean().nullable(),
  reportedLost: z.boolean().nullable(),
  terminated: z.boolean().nullable(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

/**
 * The adapter the app depends on: where the phone reaches the operator, and the operator's public
 * keys. A real operator is one new implementation of this (its URL, its published keys).
 */
export type TelecomOperator = {
  assertionUrl: string;
  publicKey(keyId: string): KeyObject | null;
};

export function encodeAssertion(a: OperatorAssertion): string {
  return Buffer.from(JSON.stringify(a), "utf8").toString("base64url");
}

export class AssertionRejected extends Error {
  constructor(readonly reason: "BAD_SIGNATURE" | "UNKNOWN_KEY" | "MALFORMED" | "EXPIRED") {
    super(`operator assertion rejected: ${reason}`);
    this.name = "AssertionRejected";
  }
}

/** Signature, shape and freshness; returns what the operator stated. */
export function verifyAssertion(signed: SignedAssertion, telecom: TelecomOperator, at: Date): OperatorAssertion {
  const key = telecom.publicKey(signed.keyId);
  if (!key) throw new AssertionRejected("UNKNOWN_KEY");
  const ok = verify(null, Buffer.from(signed.payload, "utf8"), key, Buffer.from(signed.signature, "base64url"));
  if (!ok) throw new AssertionRejected("BAD_SIGNATURE");
  let parsed: z.infer<typeof AssertionSchema>;
  try {
    parsed = AssertionSchema.parse(JSON.parse(Buffer.from(signed.payload, "base64url").toString("utf8")));
  } catch {
    throw new AssertionRejected("MALFORMED");
  }
  const issued = Date.parse(parsed.issuedAt);
  const expires = Date.parse(parsed.expiresAt);
  if (expires <= issued || expires - issued > ASSERTION_MAX_LIFETIME_MS) throw new AssertionRejected("MALFORMED");
  if (issued > at.getTime() + CLOCK_SKEW_MS || expires <= at.getTime()) throw new AssertionRejected("EXPIRED");
  return parsed;
}

/** The subscriber facts an assertion states, in the shape the I5 rules take. */
export function subscriberFacts(a: OperatorAssertion): SubscriberFacts {
  if (!a.ownerMatch || a.plan === null || a.company === null || a.reportedLost === null || a.terminated === null) return { match: false };
  return { match: true, plan: a.plan, company: a.company, reportedLost: a.reportedLost, terminated: a.terminated };
}
