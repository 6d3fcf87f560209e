import { describe, expect, it } from "vitest";
import { generateKeyPairSync, sign } from "node:crypto";
import { canonicalAnswer, verifySignedAnswer, type SignedAnswer, type SubscriberAnswer, type SubscriberRequest } from "@/lib/identity/phone/telecom";

const operator = generateKeyPairSync("ed25519");
const impostor = generateKeyPairSync("ed25519");
const AT = new Date("2020-03-12T01:00:00Z");
const request: SubscriberRequest = { requestId: "req-0123456789abcdefghij", idNumber: "A123456789", msisdn: "0912345678" };

function signed(over: Partial<SubscriberAnswer> = {}, key = operator.privateKey): SignedAnswer {
  const answer: SubscriberAnswer = {
    requestId: request.requestId,
    msisdn: request.msisdn,
    match: true,
    plan: "MONTHLY",
    company: false,
    reportedLost: false,
    terminated: false,
    answeredAt: AT.toISOString(),
    ...over,
  };
  return { answer, signature: sign(null, Buffer.from(canonicalAnswer(answer)), key).toString("base64url"), keyId: "k" };
}

describe("I5: the telecom operator's signed answer (stand-in protocol)", () => {
  it("a signed answer to this request, fresh, states the facts", () => {
    expect(verifySignedAnswer(signed(), request, operator.publicKey, AT)).toEqual({
      match: true,
      plan: "MONTHLY",
      company: false,
      reportedLost: false,
      terminated: false,
    });
    expect(verifySignedAnswer(signed({ match: false, plan: null, company: null, reportedLost: null, terminated: null }), request, operator.publicKey, AT)).toEqual({ match: false });
  });

  it("a tampered answer (prepaid turned monthly after signing) is rejected (BAD_SIGNATURE)", () => {
    const s = signed({ plan: "PREPAID" });
    s.answer.plan = "MONTHLY";
    expect(() => verifySignedAnswer(s, request, operator.publicKey, AT)).toThrow(/BAD_SIGNATURE/);
  });

  it("an answer signed by another key is rejected (BAD_SIGNATURE)", () => {
    expect(() => verifySignedAnswer(signed({}, impostor.privateKey), request, operator.publicKey, AT)).toThrow(/BAD_SIGNATURE/);
  });

  it("a genuine answer replayed into another check (other request id or number) is rejected (WRONG_REQUEST)", () => {
    expect(() => verifySignedAnswer(signed(), { ...request, requestId: "another-request-id-000000" }, operator.publicKey, AT)).toThrow(/WRONG_REQUEST/);
    expect(() => verifySignedAnswer(signed(), { ...request, msisdn: "0922334455" }, operator.publicKey, AT)).toThrow(/WRONG_REQUEST/);
  });

  it("an old answer is rejected (STALE)", () => {
    expect(() => verifySignedAnswer(signed(), request, operator.publicKey, new Date(AT.getTime() + 61_000))).toThrow(/STALE/);
  });

  it("a matching answer without its facts is rejected (MALFORMED)", () => {
    expect(() => verifySignedAnswer(signed({ plan: null }), request, operator.publicKey, AT)).toThrow(/MALFORMED/);
  });
});
