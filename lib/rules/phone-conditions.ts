/**
 * I5, every condition, as a pure decision (no database, no clock, no network). Two stages, in the
 * order the real app meets them:
 * 1. the ID number typed is valid (I2) and a national's (I8: foreign residents use the device
 *    code instead) — checked before a nonce is issued — and the operator saw the phone on its own
 *    mobile data with Wi-Fi off (the operator's signed word, never the phone's claim);
 * 2. what the registry and the telecom operator say: the person is insured and the number is
 *    registered to that ID, on a monthly plan, not a company number, not lost, not terminated.
 * The screen-lock prompt is the phone's own gate before it asks the operator; the server cannot
 * see it, so it is no server-side condition (issue 7 item 1: nothing the client claims counts).
 * The first condition that fails is the answer; each has its own code and text (I10).
 */
import { checkIdNumber } from "./id-number";

/** What the phone reports about its connection (the operator can only see SIMs on mobile data). */
export type Network = "MOBILE_DATA" | "WIFI";
export type Plan = "MONTHLY" | "PREPAID";

/** What the telecom operator says about an (ID number, phone number) pair. */
export type SubscriberFacts =
  | { match: false }
  | { match: true; plan: Plan; company: boolean; reportedLost: boolean; terminated: boolean };

export const PHONE_REFUSALS = [
  "INVALID_ID_NUMBER",
  "FOREIGNER_NOT_ALLOWED",
  "PHONE_WIFI_ON",
  "PHONE_NOT_OWN_NUMBER",
  "PHONE_TERMINATED",
  "PHONE_REPORTED_LOST",
  "PHONE_COMPANY_NUMBER",
  "PHONE_PREPAID",
] as const;
export type PhoneRefusal = (typeof PHONE_REFUSALS)[number];

export type DeviceFacts = { idNumber: string; network: Network };

/** Decided before anyone is asked anything (the server issues no nonce otherwise). */
export function checkIdConditions(idNumber: string): PhoneRefusal | null {
  const id = checkIdNumber(idNumber);
  if (!id.ok) return "INVALID_ID_NUMBER";
  if (id.kind !== "national") return "FOREIGNER_NOT_ALLOWED";
  return null;
}

/** Stage 1: the ID, then the network the operator saw the request arrive on. */
export function checkDeviceConditions(f: DeviceFacts): PhoneRefusal | null {
  const early = checkIdConditions(f.idNumber);
  if (early) return early;
  // The operator recognises the SIM through its own data network, which Wi-Fi bypasses.
  if (f.network !== "MOBILE_DATA") return "PHONE_WIFI_ON";
  return null;
}

/**
 * Stage 2. An unknown ID number and a number held by someone else get the same refusal: neither
 * may tell a guesser whether an ID exists or whose number it is.
 */
export function checkSubscriberConditions(personFound: boolean, facts: SubscriberFacts): PhoneRefusal | null {
  if (!personFound || !facts.match) return "PHONE_NOT_OWN_NUMBER";
  // Most fundamental first: a terminated number is not "prepaid" any more in any useful sense.
  if (facts.terminated) return "PHONE_TERMINATED";
  if (facts.reportedLost) return "PHONE_REPORTED_LOST";
  if (facts.company) return "PHONE_COMPANY_NUMBER";
  if (facts.plan !== "MONTHLY") return "PHONE_PREPAID";
  return null;
}

/** Both stages: the first failing condition, or null when I5 holds. */
export function checkPhoneConditions(f: DeviceFacts & { personFound: boolean; subscriber: SubscriberFacts }): PhoneRefusal | null {
  return checkDeviceConditions(f) ?? checkSubscriberConditions(f.personFound, f.subscriber);
}
