import { describe, expect, it } from "vitest";
import { chainOutcome } from "@/lib/identity/certificate/verify-chain";

const at = new Date("2026-06-01T00:00:00Z");
const inDate = { notBefore: new Date("2025-01-01T00:00:00Z"), notAfter: new Date("2030-01-01T00:00:00Z") };

describe("I4 chain validation result → refusal code", () => {
  it("I4: a valid path is OK", () => {
    expect(chainOutcome({ result: true }, inDate, at)).toBe("OK");
  });

  it("I4: a date failure names the signer's own problem: expired or not yet valid", () => {
    expect(chainOutcome({ result: false, resultCode: 8 }, { ...inDate, notAfter: new Date("2026-05-31T23:59:59Z") }, at)).toBe("CERT_EXPIRED");
    expect(chainOutcome({ result: false, resultCode: 8 }, { ...inDate, notBefore: new Date("2026-06-01T00:00:01Z") }, at)).toBe("CERT_NOT_YET_VALID");
  });

  it("I4: a date failure of a CA while the signer is in date is not a trusted path", () => {
    expect(chainOutcome({ result: false, resultCode: 8 }, inDate, at)).toBe("UNTRUSTED_CA");
  });

  it("I4: revoked (CRL) → CERT_REVOKED; no usable CRL → REVOCATION_UNAVAILABLE", () => {
    expect(chainOutcome({ result: false, resultCode: 12 }, inDate, at)).toBe("CERT_REVOKED");
    expect(chainOutcome({ result: false, resultCode: 11 }, inDate, at)).toBe("REVOCATION_UNAVAILABLE");
    expect(chainOutcome({ result: false, resultCode: 13 }, inDate, at)).toBe("REVOCATION_UNAVAILABLE");
  });

  it("I4: no path to the trusted root (or anything else) → UNTRUSTED_CA", () => {
    for (const code of [-1, 60, 97, 10, 14, undefined]) {
      expect(chainOutcome({ result: false, resultCode: code }, inDate, at)).toBe("UNTRUSTED_CA");
    }
  });
});
