import { describe, expect, it } from "vitest";
import { cardFormFields, cardFormProblems, flaggedFields } from "@/lib/identity/nhi-card/form-check";
import { registrationSchema, passwordResetSchema } from "@/lib/identity/nhi-card/schemas";
import { cardTexts } from "@/lib/identity/nhi-card/texts";

const good = { householdNumber: "F1234567", address: "臺北市信義區松仁路100號", phone: "0912345678", email: "a@example.com", password: "wang12", passwordConfirm: "wang12" };

describe("issue 9 item 2: the NHI-card forms name their fields' problems before the card signs anything", () => {
  it("issue 9 item 2: an empty registration flags every field, in the form's order", () => {
    expect(cardFormProblems("register", "national", {})).toEqual(["householdNumber", "address", "phone", "email", "password", "passwordConfirm"]);
    expect(cardFormProblems("register", "resident", {})).toEqual(["residentCertIssuedOn", "residentCertExpiresOn", "residentCertSerial", "address", "phone", "email", "password", "passwordConfirm"]);
    expect(cardFormProblems("reset", "resident", {})).toEqual(["residentCertSerial", "password", "passwordConfirm"]);
    expect(cardFormProblems("login", "national", { password: "  " })).toEqual(["password"]);
  });

  it("issue 9 item 2 (I3): a password outside 6–12 printable characters, or a confirmation that differs, is named", () => {
    expect(cardFormProblems("register", "national", good)).toEqual([]);
    expect(cardFormProblems("register", "national", { ...good, password: "abc12", passwordConfirm: "abc12" })).toEqual(["password"]);
    expect(cardFormProblems("register", "national", { ...good, password: "abc 123", passwordConfirm: "abc 123" })).toEqual(["password"]);
    expect(cardFormProblems("register", "national", { ...good, password: "abcdefghijklm", passwordConfirm: "abcdefghijklm" })).toEqual(["password"]);
    expect(cardFormProblems("reset", "national", { householdNumber: "F1234567", password: "wang12", passwordConfirm: "wang13" })).toEqual(["passwordConfirm"]);
    // Login checks only that a password is there: any length is compared with the hash.
    expect(cardFormProblems("login", "national", { password: "x" })).toEqual([]);
  });

  it("issue 9 item 2: whatever the browser lets through, the server's schema still refuses, and its 422 fields map back to the same fields", () => {
    // A bad household number passes the browser's emptiness check; the server names it.
    const form = { ...good, householdNumber: "#", kind: "national" };
    expect(cardFormProblems("register", "national", form)).toEqual([]);
    const refused = registrationSchema.safeParse(form);
    expect(refused.success).toBe(false);
    const fields = Object.fromEntries(refused.error!.issues.map((i) => [i.path.join("."), [i.message]]));
    expect(flaggedFields(fields, cardFormFields("register", "national"))).toEqual(["householdNumber"]);
    // Dotted keys and fields of no such form are handled; order follows the form.
    expect(flaggedFields({ "form.passwordConfirm": ["x"], "form.householdNumber": ["y"], proof: ["z"] }, cardFormFields("reset", "national"))).toEqual(["householdNumber", "passwordConfirm"]);
    expect(flaggedFields(undefined, ["password"])).toEqual([]);
  });

  it("issue 9 item 2: the browser's check agrees with the server on the password rule's edges", () => {
    for (const password of ["abcde", "abcdef", "abcdefghijkl", "abcdefghijklm", "ab cdef", "密碼密碼密碼"]) {
      const browserOk = cardFormProblems("reset", "national", { householdNumber: "F1234567", password, passwordConfirm: password }).length === 0;
      const serverOk = passwordResetSchema.safeParse({ kind: "national", householdNumber: "F1234567", password, passwordConfirm: password }).success;
      expect(browserOk, password).toBe(serverOk);
    }
  });

  it("issue 9 item 2: every field of every form has a message in both languages", () => {
    for (const locale of ["zh-TW", "en"] as const) {
      for (const mode of ["register", "reset"] as const) {
        for (const kind of ["national", "resident"] as const) {
          for (const f of cardFormFields(mode, kind)) expect(cardTexts[locale].fields[f as keyof (typeof cardTexts)["en"]["fields"]], `${locale} ${f}`).toMatch(/\S/);
        }
      }
      expect(cardTexts[locale].login.missing).toMatch(/\S/);
    }
  });
});
