import { describe, expect, it } from "vitest";
import { checkResidentCertificate } from "@/lib/rules";

describe("I8: resident certificate given at registration", () => {
  const today = "2020-03-12";

  it("I8: a current certificate is accepted, including on its expiry date", () => {
    expect(checkResidentCertificate("2019-01-01", "2021-12-31", today)).toEqual({ ok: true });
    expect(checkResidentCertificate("2019-01-01", today, today)).toEqual({ ok: true });
    expect(checkResidentCertificate(today, "2021-12-31", today)).toEqual({ ok: true });
  });

  it("I8: an expired certificate is refused (EXPIRED)", () => {
    expect(checkResidentCertificate("2018-01-01", "2020-03-11", today)).toEqual({ ok: false, code: "EXPIRED" });
  });

  it("I8: expiry on or before issue is refused (EXPIRES_BEFORE_ISSUE)", () => {
    expect(checkResidentCertificate("2020-01-01", "2020-01-01", today)).toEqual({ ok: false, code: "EXPIRES_BEFORE_ISSUE" });
    expect(checkResidentCertificate("2020-01-02", "2020-01-01", today)).toEqual({ ok: false, code: "EXPIRES_BEFORE_ISSUE" });
  });

  it("I8: a certificate issued after today is refused (ISSUED_IN_FUTURE)", () => {
    expect(checkResidentCertificate("2020-03-13", "2023-03-12", today)).toEqual({ ok: false, code: "ISSUED_IN_FUTURE" });
  });

  it("rejects non-days", () => {
    expect(() => checkResidentCertificate("2020-02-30", "2023-03-12", today)).toThrow(RangeError);
  });
});
