import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { APP_PASSWORD_ALPHABET, APP_PASSWORD_PATTERN, generateAppPassword, newAppPassword } from "@/lib/identity/app-login/app-password";

describe("I5/I7/I9: the app password", () => {
  it("is 10 characters from an alphabet without look-alikes, and different every time", () => {
    const many = Array.from({ length: 500 }, generateAppPassword);
    for (const p of many) expect(p).toMatch(APP_PASSWORD_PATTERN);
    expect(new Set(many).size).toBe(many.length);
    expect(APP_PASSWORD_ALPHABET).not.toMatch(/[il01o]/);
  });

  it("uses the whole alphabet (no character is never drawn)", () => {
    const seen = new Set(Array.from({ length: 400 }, generateAppPassword).join(""));
    expect(seen.size).toBe(APP_PASSWORD_ALPHABET.length);
  });

  it("is stored only as a scrypt hash that verifies it", async () => {
    const { password, secretHash } = await newAppPassword();
    expect(secretHash).toMatch(/^scrypt\$/);
    expect(secretHash).not.toContain(password);
    expect(await verifyPassword(password, secretHash)).toBe(true);
    expect(await verifyPassword(password + "x", secretHash)).toBe(false);
  });
});
