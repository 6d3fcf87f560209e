/**
 * The local stand-in for the telecom operator (I5), both sides of the protocol in ./telecom.ts:
 * - the operator: given a nonce and an ID number over "the phone's connection", recognises the
 *   subscriber from its register (./standin-subscribers.ts) and signs an assertion with its
 *   Ed25519 key (kept in the stand-in folder, created on first use);
 * - the adapter: what the app uses — the operator's URL and its public key, nothing else.
 * A real operator replaces the adapter with its URL and published keys; the checks stay.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { now } from "@/lib/clock";
import { standinDir } from "@/lib/identity/standins/dir";
import { findSubscriber } from "./standin-subscribers";
import {
  ASSERTION_MAX_LIFETIME_MS,
  ASSERTION_VERSION,
  encodeAssertion,
  type Network,
  type OperatorAssertion,
  type SignedAssertion,
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

/** The public key only: what the app's adapter holds (it never reads the private key file). */
export function operatorPublicKey(databaseUrl?: string): KeyObject {
  return operatorKeys(databaseUrl).publicKey;
}

/**
 * What the demo phone's connection looks like to the operator: which SIM the request arrives
 * through and whether it arrives over that SIM's mobile data. A real operator reads these from
 * its own network (the data session), so in the stand-in they stand for the network, and only
 * the stand-in operator ever sees them — the app server is never told.
 */
export type StandinConnection = { sim: string; network: Network };

/** Operator side: recognise the subscriber, compare with the ID, sign, bind to the nonce. */
export function assertSubscriber(request: { nonce: string; idNumber: string }, connection: StandinConnection, at: Date = now()): SignedAssertion {
  // Over Wi-Fi the request does not come through the operator's data network: it cannot tell who.
  const s = connection.network === "MOBILE_DATA" ? findSubscriber(connection.sim) : undefined;
  const ownerMatch = !!s && s.holderIdNumber === request.idNumber;
  const assertion: OperatorAssertion = {
    v: ASSERTION_VERSION,
    nonce: request.nonce,
    idNumber: request.idNumber,
    network: connection.network,
    // About a subscriber who is not the ID's holder, nothing: not the number, nor its plan.
    msisdn: ownerMatch ? s!.msisdn : null,
    ownerMatch,
    plan: ownerMatch ? s!.plan : null,
    company: ownerMatch ? s!.company : null,
    reportedLost: ownerMatch ? s!.reportedLost : null,
    terminated: ownerMatch ? s!.terminated : null,
    issuedAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + ASSERTION_MAX_LIFETIME_MS).toISOString(),
  };
  return signAssertion(assertion);
}

/** The stand-in operator's signature over an assertion (tests use it to build expired ones). */
export function signAssertion(assertion: OperatorAssertion): SignedAssertion {
  const payload = encodeAssertion(assertion);
  const signature = sign(null, Buffer.from(payload, "utf8"), operatorKeys().privateKey).toString("base64url");
  return { payload, signature, keyId: STANDIN_KEY_ID };
}

/** App side: the adapter the verification flow is given — the operator's URL and public key. */
export const standinTelecomOperator: TelecomOperator = {
  assertionUrl: "/api/standins/telecom/assert",
  publicKey(keyId) {
    return keyId === STANDIN_KEY_ID ? operatorPublicKey() : null;
  },
};
