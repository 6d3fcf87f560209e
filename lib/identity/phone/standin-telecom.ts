/**
 * The local stand-in for the telecom operator (I5), both sides of the protocol in ./telecom.ts:
 * - the operator: answers a subscriber check from its register (./standin-subscribers.ts) and
 *   signs the answer with its Ed25519 key (kept in the stand-in folder, created on first use);
 * - the adapter: what the app uses — asks with a fresh request id and accepts only an answer
 *   whose signature verifies with the operator's public key.
 * A real operator replaces this file with an HTTP client for its API; the checks stay.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { now } from "@/lib/clock";
import { randomToken } from "@/lib/security/hash";
import { standinDir } from "@/lib/identity/standins/dir";
import { findSubscriber } from "./standin-subscribers";
import {
  canonicalAnswer,
  verifySignedAnswer,
  type SignedAnswer,
  type SubscriberAnswer,
  type SubscriberRequest,
  type TelecomOperator,
} from "./telecom";

export const STANDIN_KEY_ID = "standin-operator-1";
const PRIVATE_FILE = "operator-ed25519.pem";
const PUBLIC_FILE = "operator-ed25519.pub.pem";

type Keys = { privateKey: KeyObject; publicKey: KeyObject };
const cache = new Map<string, Keys>();

/** Write `content` unless the file exists (two processes starting at once keep the first one's). */
function createOnce(file: string, content: string, mode: number): void {
  try {
    writeFileSync(file, content, { flag: "wx", mode });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
}

/** The operator's key pair for this database's stand-ins; generated on first use, then reused. */
export function operatorKeys(databaseUrl?: string): Keys {
  const dir = standinDir("telecom", databaseUrl);
  const cached = cache.get(dir);
  if (cached) return cached;
  const privatePath = path.join(dir, PRIVATE_FILE);
  try {
    readFileSync(privatePath);
  } catch {
    const pair = generateKeyPairSync("ed25519");
    createOnce(privatePath, pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString(), 0o600);
  }
  const privateKey = createPrivateKey(readFileSync(privatePath));
  const publicPath = path.join(dir, PUBLIC_FILE);
  createOnce(publicPath, createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString(), 0o644);
  // The adapter verifies with the published public key, as it would with a real operator's.
  const keys = { privateKey, publicKey: createPublicKey(readFileSync(publicPath)) };
  cache.set(dir, keys);
  return keys;
}

/** Operator side: look the pair up and sign what it may say about it. */
export function answerSubscriberCheck(request: SubscriberRequest, at: Date = now()): SignedAnswer {
  const s = findSubscriber(request.msisdn);
  const match = !!s && s.holderIdNumber === request.idNumber;
  const answer: SubscriberAnswer = {
    requestId: request.requestId,
    msisdn: request.msisdn,
    match,
    // About a pair that does not match, nothing: not whether the number exists, nor its plan.
    plan: match ? s!.plan : null,
    company: match ? s!.company : null,
    reportedLost: match ? s!.reportedLost : null,
    terminated: match ? s!.terminated : null,
    answeredAt: at.toISOString(),
  };
  const signature = sign(null, Buffer.from(canonicalAnswer(answer), "utf8"), operatorKeys().privateKey).toString("base64url");
  return { answer, signature, keyId: STANDIN_KEY_ID };
}

/** App side: the adapter the verification flow is given. */
export const standinTelecomOperator: TelecomOperator = {
  async checkSubscriber(idNumber, msisdn) {
    const request: SubscriberRequest = { requestId: randomToken(16), idNumber, msisdn };
    const signed = answerSubscriberCheck(request);
    return verifySignedAnswer(signed, request, operatorKeys().publicKey, now());
  },
};
