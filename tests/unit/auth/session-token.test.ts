import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { principalOfToken } from "@/lib/auth/session-token";

// The session cookie is read with a key derived once; it must accept exactly what next-auth issues
// and nothing else.
const SECRET = "s".repeat(40);
const citizen = { kind: "citizen", personId: "0190f000-0000-7000-8000-000000000001", method: "PHONE", channel: "APP" } as const;
const staff = { kind: "staff", staffId: "0190f000-0000-7000-8000-000000000002", role: "ADMIN", storeId: null } as const;

describe("session token", () => {
  it("reads the principal of a token next-auth encoded, citizen or staff", async () => {
    expect(await principalOfToken(await encode({ secret: SECRET, token: { principal: citizen } }), SECRET)).toEqual(citizen);
    expect(await principalOfToken(await encode({ secret: SECRET, token: { principal: staff } }), SECRET)).toEqual(staff);
  });

  it("refuses a token under another secret, a tampered one, an expired one, and none", async () => {
    const token = await encode({ secret: SECRET, token: { principal: citizen } });
    expect(await principalOfToken(await encode({ secret: "t".repeat(40), token: { principal: citizen } }), SECRET)).toBeNull();
    const parts = token.split(".");
    parts[3] = (parts[3]![0] === "A" ? "B" : "A") + parts[3]!.slice(1);
    expect(await principalOfToken(parts.join("."), SECRET)).toBeNull();
    expect(await principalOfToken(await encode({ secret: SECRET, token: { principal: citizen }, maxAge: -60 }), SECRET)).toBeNull();
    expect(await principalOfToken(undefined, SECRET)).toBeNull();
    expect(await principalOfToken("not-a-token", SECRET)).toBeNull();
  });

  it("refuses a genuine token whose principal is not one the app issues", async () => {
    for (const principal of [{ ...citizen, personId: "x" }, { ...staff, role: "ROOT" }, { kind: "admin" }, undefined]) {
      expect(await principalOfToken(await encode({ secret: SECRET, token: { principal } as Record<string, unknown> }), SECRET)).toBeNull();
    }
  });
});
