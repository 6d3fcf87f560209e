import { describe, expect, it } from "vitest";
import { generateSync } from "otplib";
import { checkTotp, totpUri } from "@/lib/staff/totp";

const SECRET = "EMASKDEMOSTAFFTOTPLOCALUSE234567";

describe("issue 10 item 7: staff TOTP codes", () => {
  it("issue 10 item 7: the current code passes, and so do the neighbouring 30-second steps (clock drift), no further", () => {
    const at = Date.UTC(2026, 11, 6, 5, 0, 15);
    const code = (ms: number) => generateSync({ secret: SECRET, epoch: Math.floor(ms / 1000) });
    expect(checkTotp(SECRET, code(at), at)).toBe(true);
    expect(checkTotp(SECRET, code(at - 30_000), at)).toBe(true);
    expect(checkTotp(SECRET, code(at + 30_000), at)).toBe(true);
    expect(checkTotp(SECRET, code(at - 90_000), at)).toBe(false);
    expect(checkTotp(SECRET, code(at + 90_000), at)).toBe(false);
  });

  it("issue 10 item 7: anything but 6 digits is simply wrong", () => {
    for (const bad of ["", "12345", "1234567", "abcdef", "12 456", "１２３４５６"]) expect(checkTotp(SECRET, bad)).toBe(false);
  });

  it("issue 10 item 7: the enrolment QR code holds the standard otpauth:// URI", () => {
    expect(totpUri("clerk2", SECRET)).toBe(`otpauth://totp/emask:clerk2?secret=${SECRET}&issuer=emask`);
  });
});
