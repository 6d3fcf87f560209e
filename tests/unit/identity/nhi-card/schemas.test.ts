import { describe, expect, it } from "vitest";
import { loginSchema, passwordResetSchema, registrationSchema } from "@/lib/identity/nhi-card/schemas";

const national = {
  kind: "national",
  householdNumber: " f1234567 ",
  address: "臺北市信義區松仁路100號",
  phone: "0912-345 678",
  email: " Wang@Example.TEST ",
  password: "abc123",
  passwordConfirm: "abc123",
};
const resident = {
  ...national,
  kind: "resident",
  householdNumber: undefined,
  residentCertIssuedOn: "2024-01-10",
  residentCertExpiresOn: "2027-01-09",
  residentCertSerial: "yd00012345",
};
const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("I3: registration form", () => {
  it("I3: a national's registration is normalised (household number upper case, phone digits, e-mail lower case)", () => {
    const r = registrationSchema.parse(national);
    expect(r).toMatchObject({ kind: "national", householdNumber: "F1234567", phone: "0912345678", email: "wang@example.test" });
  });

  it("I3: the password must be 6–12 characters", () => {
    for (const [pw, ok] of [["abc12", false], ["abc123", true], ["abcdefgh1234", true], ["abcdefgh12345", false]] as const) {
      const r = registrationSchema.safeParse({ ...national, password: pw, passwordConfirm: pw });
      expect(r.success, pw).toBe(ok);
      if (!ok) expect(fieldsOf(r)).toContain("password");
    }
  });

  it("I3: [decision] the password is printable characters without spaces, and must be typed twice the same", () => {
    expect(fieldsOf(registrationSchema.safeParse({ ...national, password: "abc 123", passwordConfirm: "abc 123" }))).toContain("password");
    expect(fieldsOf(registrationSchema.safeParse({ ...national, passwordConfirm: "abc124" }))).toEqual(["passwordConfirm"]);
  });

  it("I3: household number, address, phone and e-mail are required and checked", () => {
    const r = registrationSchema.safeParse({ ...national, householdNumber: "", address: "", phone: "12345", email: "not-an-email" });
    expect(fieldsOf(r).sort()).toEqual(["address", "email", "householdNumber", "phone"]);
  });

  it("I8: a foreign resident gives the certificate's dates and serial instead of a household number", () => {
    const r = registrationSchema.parse(resident);
    expect(r).toMatchObject({ kind: "resident", residentCertSerial: "YD00012345", residentCertIssuedOn: "2024-01-10" });
    expect(r).not.toHaveProperty("householdNumber");
    expect(fieldsOf(registrationSchema.safeParse({ ...resident, residentCertSerial: undefined }))).toContain("residentCertSerial");
  });

  it("I8: the certificate's expiry must be after its issue date, and both must be real days", () => {
    expect(fieldsOf(registrationSchema.safeParse({ ...resident, residentCertExpiresOn: "2024-01-10" }))).toEqual(["residentCertExpiresOn"]);
    expect(fieldsOf(registrationSchema.safeParse({ ...resident, residentCertIssuedOn: "2024-02-30" }))).toContain("residentCertIssuedOn");
  });
});

describe("I3/I9: login and password reset forms", () => {
  it("I3: login takes any non-empty password up to a bound (only the hash decides)", () => {
    expect(loginSchema.safeParse({ password: "x" }).success).toBe(true);
    expect(loginSchema.safeParse({ password: "" }).success).toBe(false);
    expect(loginSchema.safeParse({ password: "x".repeat(129) }).success).toBe(false);
  });

  it("I9: a reset gives the household number (national) or certificate serial (resident) and a new 6–12 character password", () => {
    expect(passwordResetSchema.parse({ kind: "national", householdNumber: "f1234567", password: "newpw1", passwordConfirm: "newpw1" })).toMatchObject({ householdNumber: "F1234567" });
    expect(passwordResetSchema.safeParse({ kind: "resident", residentCertSerial: "YD00012345", password: "newpw1", passwordConfirm: "newpw1" }).success).toBe(true);
    expect(passwordResetSchema.safeParse({ kind: "national", householdNumber: "F1234567", password: "short", passwordConfirm: "short" }).success).toBe(false);
    expect(passwordResetSchema.safeParse({ kind: "national", householdNumber: "F1234567", password: "newpw1", passwordConfirm: "newpw2" }).success).toBe(false);
    expect(passwordResetSchema.safeParse({ kind: "national", residentCertSerial: "YD00012345", password: "newpw1", passwordConfirm: "newpw1" }).success).toBe(false);
  });
});
