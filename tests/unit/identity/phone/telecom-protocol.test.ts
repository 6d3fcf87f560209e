import { describe, expect, it } from "vitest";
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import {
  ASSERTION_VERSION,
  encodeAssertion,
  subscriberFacts,
  verifyAssertion,
  type OperatorAssertion,
  type SignedAssertion,
  type TelecomOperator,
} from "@/lib/identity/phone/telecom";

const operator = generateKeyPairSync("ed25519");
const impostor = generateKeyPairSync("ed25519");
const AT = new Date("2020-03-12T01:00:00Z");
const telecom: TelecomOperator = { assertionUrl: "/x", publicKey: (id) => (id === "k" ? operator.publicKey : null) };

function assertion(over: Partial<OperatorAssertion> = {}): OperatorAssertion {
  return {
    v: ASSERTION_VERSION,
    nonce: "nonce-0123456789abcdefghij",
    idNumber: "A123456789",
    network: "MOBILE_DATA",
    msisdn: "0912345678",
    ownerMatch: true,
    plan: "MONTHLY",
    company: false,
    reportedLost: false,
    terminated: false,
    issuedAt: AT.toISOString(),
    expiresAt: new Date(AT.getTime() + 60_000).toISOString(),
    ...over,
  };
}

function signed(a: OperatorAssertion = assertion(), key: KeyObject = operator.privateKey, keyId = "k"): SignedAssertion {
  const payload = encodeAssertion(a);
  return { payload, signature: sign(null, Buffer.from(payload), key).toString("base64url"), keyId };
}

describe("issue 7 item 1: the telecom operator's signed assertion (I5)", () => {
  it("issue 7 item 1: a signed, fresh assertion states the operator's facts", () => {
    const stated = verifyAssertion(signed(), telecom, AT);
    expect(stated).toMatchObject({ msisdn: "0912345678", network: "MOBILE_DATA", idNumber: "A123456789" });
    expect(subscriberFacts(stated)).toEqual({ match: true, plan: "MONTHLY", company: false, reportedLost: false, terminated: false });
  });

  it("issue 7 item 1: an assertion altered after signing (prepaid → monthly) is rejected (BAD_SIGNATURE)", () => {
    const s = signed(assertion({ plan: "PREPAID" }));
    const forged = { ...s, payload: encodeAssertion(assertion({ plan: "MONTHLY" })) };
    expect(() => verifyAssertion(forged, telecom, AT)).toThrow(/BAD_SIGNATURE/);
  });

  it("issue 7 item 1: an assertion signed by another key, or unsigned, is rejected", () => {
    expect(() => verifyAssertion(signed(assertion(), impostor.privateKey), telecom, AT)).toThrow(/BAD_SIGNATURE/);
    expect(() => verifyAssertion(signed(assertion(), impostor.privateKey, "other"), telecom, AT)).toThrow(/UNKNOWN_KEY/);
    expect(() => verifyAssertion({ ...signed(), signature: "" }, telecom, AT)).toThrow(/BAD_SIGNATURE/);
  });

  it("issue 7 item 1: an expired assertion is rejected (EXPIRED), and so is one from the future", () => {
    expect(() => verifyAssertion(signed(), telecom, new Date(AT.getTime() + 60_000))).toThrow(/EXPIRED/);
    expect(() => verifyAssertion(signed(), telecom, new Date(AT.getTime() - 10_000))).toThrow(/EXPIRED/);
  });

  it("issue 7 item 1: an assertion claiming a long life is malformed, whoever signed it", () => {
    const long = assertion({ expiresAt: new Date(AT.getTime() + 3_600_000).toISOString() });
    expect(() => verifyAssertion(signed(long), telecom, AT)).toThrow(/MALFORMED/);
    expect(() => verifyAssertion(signed(assertion({ v: "v1" as never })), telecom, AT)).toThrow(/MALFORMED/);
  });

  it("a non-matching assertion states no subscriber", () => {
    const a = assertion({ ownerMatch: false, msisdn: null, plan: null, company: null, reportedLost: null, terminated: null });
    expect(subscriberFacts(verifyAssertion(signed(a), telecom, AT))).toEqual({ match: false });
  });
});
