/**
 * I5: the telecom operator, as an adapter. The app never sends an SMS or a code: the operator
 * confirms that a phone number belongs to the person holding an ID number, and how it is held.
 *
 * Protocol (what the stand-in speaks, and what a real operator adapter must speak or be wrapped
 * into — `POST /api/standins/telecom/subscriber-check` exposes the stand-in over HTTP):
 *
 *   request   { requestId, idNumber, msisdn }
 *             requestId: 16+ random bytes, base64url, fresh per check (binds the answer to it)
 *             msisdn:    the number in national form, 10 digits "09xxxxxxxx"
 *   response  { answer, signature, keyId }
 *             answer:    { requestId, msisdn, match, plan, company, reportedLost, terminated, answeredAt }
 *                        match false ⇒ every other field is null: about a pair that does not match
 *                        the operator says nothing (no telling whose number it is, or whether it exists)
 *             signature: Ed25519 over `canonicalAnswer(answer)` (UTF-8), base64url
 *             keyId:     which operator key signed (the stand-in has one)
 *
 * The server checks the signature with the operator's public key, that requestId and msisdn are
 * the ones it asked about, and that the answer is fresh (ANSWER_MAX_AGE_MS), so an answer cannot be
 * forged, altered or replayed into another check.
 */
import { createPublicKey, verify, type KeyObject } from "node:crypto";

import type { Plan, SubscriberFacts } from "@/lib/rules";
export type { Network, Plan, SubscriberFacts } from "@/lib/rules";

export type SubscriberRequest = { requestId: string; idNumber: string; msisdn: string };

export type SubscriberAnswer = {
  requestId: string;
  msisdn: string;
  match: boolean;
  plan: Plan | null;
  company: boolean | null;
  reportedLost: boolean | null;
  terminated: boolean | null;
  answeredAt: string; // ISO 8601
};

export type SignedAnswer = { answer: SubscriberAnswer; signature: string; keyId: string };


/** The adapter the app depends on. A real operator is one new implementation of this. */
export type TelecomOperator = {
  checkSubscriber(idNumber: string, msisdn: string): Promise<SubscriberFacts>;
};

export const ANSWER_MAX_AGE_MS = 60_000;

/** The exact bytes that are signed: fixed field order, nothing else. */
export function canonicalAnswer(a: SubscriberAnswer): string {
  return JSON.stringify([
    "emask-telecom-answer-v1",
    a.requestId,
    a.msisdn,
    a.match,
    a.plan,
    a.company,
    a.reportedLost,
    a.terminated,
    a.answeredAt,
  ]);
}

export class TelecomAnswerRejected extends Error {
  constructor(readonly reason: "BAD_SIGNATURE" | "WRONG_REQUEST" | "STALE" | "MALFORMED") {
    super(`telecom answer rejected: ${reason}`);
    this.name = "TelecomAnswerRejected";
  }
}

/** Check a signed answer against the request it should answer; returns the facts it states. */
export function verifySignedAnswer(
  signed: SignedAnswer,
  request: SubscriberRequest,
  operatorPublicKey: KeyObject | string,
  at: Date,
): SubscriberFacts {
  const key = typeof operatorPublicKey === "string" ? createPublicKey(operatorPublicKey) : operatorPublicKey;
  const a = signed.answer;
  const ok = verify(null, Buffer.from(canonicalAnswer(a), "utf8"), key, Buffer.from(signed.signature, "base64url"));
  if (!ok) throw new TelecomAnswerRejected("BAD_SIGNATURE");
  if (a.requestId !== request.requestId || a.msisdn !== request.msisdn) throw new TelecomAnswerRejected("WRONG_REQUEST");
  const age = at.getTime() - Date.parse(a.answeredAt);
  if (!(age >= -5_000 && age <= ANSWER_MAX_AGE_MS)) throw new TelecomAnswerRejected("STALE");
  if (!a.match) return { match: false };
  if (a.plan === null || a.company === null || a.reportedLost === null || a.terminated === null) {
    throw new TelecomAnswerRejected("MALFORMED");
  }
  return { match: true, plan: a.plan, company: a.company, reportedLost: a.reportedLost, terminated: a.terminated };
}
