import { describe, expect, it } from "vitest";
import { generateKeyPairSync, sign } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { operatorTelecom } from "@/lib/identity/phone/operator-telecom";
import { ASSERTION_VERSION, AssertionRejected, encodeAssertion, verifyAssertion, type OperatorAssertion } from "@/lib/identity/phone/telecom";

// The real telecom adapter (D59): the operator's published public keys, one file per key id.
const dir = mkdtempSync(path.join(tmpdir(), "telecom-keys-"));
const operatorKey = generateKeyPairSync("ed25519");
writeFileSync(path.join(dir, "op-2026.pem"), operatorKey.publicKey.export({ type: "spki", format: "pem" }));
writeFileSync(path.join(dir, "rsa.pem"), generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }));
const telecom = operatorTelecom("https://telecom.example/assert", dir);

const at = new Date("2026-12-06T01:00:00Z");
function signed(keyId: string, privateKey = operatorKey.privateKey) {
  const assertion: OperatorAssertion = {
    v: ASSERTION_VERSION, nonce: "n".repeat(32), idNumber: "A123456789", network: "MOBILE_DATA", msisdn: "0912345678", ownerMatch: true,
    plan: "MONTHLY", company: false, reportedLost: false, terminated: false, issuedAt: at.toISOString(), expiresAt: new Date(at.getTime() + 30_000).toISOString(),
  };
  const payload = encodeAssertion(assertion);
  return { payload, signature: sign(null, Buffer.from(payload, "utf8"), privateKey).toString("base64url"), keyId };
}

describe("the real telecom operator adapter", () => {
  it("issue 7 item 1: verifies an assertion signed with a published operator key", () => {
    expect(telecom.assertionUrl).toBe("https://telecom.example/assert");
    expect(verifyAssertion(signed("op-2026"), telecom, at).msisdn).toBe("0912345678");
  });

  it("issue 7 item 1: refuses another signer, an unknown key id, a non-Ed25519 key and a key id that names a path", () => {
    expect(() => verifyAssertion(signed("op-2026", generateKeyPairSync("ed25519").privateKey), telecom, at)).toThrow(AssertionRejected);
    for (const keyId of ["op-2027", "rsa", "../op-2026", "..", "op-2026/../op-2026"]) {
      expect(telecom.publicKey(keyId), keyId).toBeNull();
    }
  });
});
