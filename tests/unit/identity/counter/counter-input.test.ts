import { describe, expect, it } from "vitest";
import { CounterRegistrationInput } from "@/lib/identity/counter/input";
import { missingDocuments, requiredDocuments } from "@/lib/identity/counter/documents";

const none = { nhiCard: false, idCard: false, householdRegister: false, residentCertificate: false };
const valid = { idNumber: " k120002297 ", cardNumber: "000012000229", phoneNumber: "0912-000 229", documents: { nhiCard: true, idCard: true, householdRegister: true } };

describe("I7: the counter form's input", () => {
  it("accepts a well-formed registration: phone spaces and dashes removed, unticked documents false", () => {
    const parsed = CounterRegistrationInput.parse(valid);
    expect(parsed.phoneNumber).toBe("0912000229");
    expect(parsed.idNumber).toBe("K120002297"); // issue 9 item 3: normalised at the boundary (trim, upper case)
    expect(parsed.documents).toEqual({ nhiCard: true, idCard: true, householdRegister: true, residentCertificate: false });
  });

  it("refuses a card number that is not 12 digits, a phone that is not 09 + 8 digits, a missing documents record", () => {
    expect(CounterRegistrationInput.safeParse({ ...valid, cardNumber: "12345" }).success).toBe(false);
    expect(CounterRegistrationInput.safeParse({ ...valid, phoneNumber: "0212345678" }).success).toBe(false);
    expect(CounterRegistrationInput.safeParse({ ...valid, phoneNumber: "091234567" }).success).toBe(false);
    expect(CounterRegistrationInput.safeParse({ ...valid, documents: undefined }).success).toBe(false);
    expect(CounterRegistrationInput.safeParse({ ...valid, documents: { nhiCard: "yes" } }).success).toBe(false);
    expect(CounterRegistrationInput.safeParse(null).success).toBe(false);
  });

  it("I7: nationals need NHI card, ID card and household register — each one missing is named", () => {
    expect(requiredDocuments("national")).toEqual(["nhiCard", "idCard", "householdRegister"]);
    expect(missingDocuments("national", none)).toEqual(["nhiCard", "idCard", "householdRegister"]);
    expect(missingDocuments("national", { ...none, nhiCard: true, idCard: true })).toEqual(["householdRegister"]);
    expect(missingDocuments("national", { ...none, nhiCard: true, idCard: true, householdRegister: true })).toEqual([]);
    // A resident certificate does not stand in for a national's ID card.
    expect(missingDocuments("national", { ...none, nhiCard: true, residentCertificate: true, householdRegister: true })).toEqual(["idCard"]);
  });

  it("I7/I8 [decision]: foreign residents need NHI card and resident certificate", () => {
    for (const kind of ["resident", "resident-legacy"] as const) {
      expect(requiredDocuments(kind)).toEqual(["nhiCard", "residentCertificate"]);
      expect(missingDocuments(kind, { ...none, nhiCard: true, idCard: true, householdRegister: true })).toEqual(["residentCertificate"]);
      expect(missingDocuments(kind, { ...none, nhiCard: true, residentCertificate: true })).toEqual([]);
    }
  });
});
