import { describe, expect, it } from "vitest";
import { completeIdNumber } from "@/lib/rules";
import { requireNationalId } from "@/lib/identity/certificate/national-id";

describe("I4/I8 the typed ID number", () => {
  it("I4: a valid national number passes, normalized (trimmed, upper-case)", () => {
    const id = completeIdNumber("A12345678");
    expect(requireNationalId(` ${id.toLowerCase()} `)).toBe(id);
  });

  it("I2: a bad format or check digit is a VALIDATION error (ID_NUMBER_INVALID)", () => {
    const id = completeIdNumber("A12345678");
    const wrongCheck = id.slice(0, 9) + String((Number(id[9]) + 1) % 10);
    for (const bad of ["", "A12345", wrongCheck, "ı" + id.slice(1)]) {
      expect(() => requireNationalId(bad)).toThrow(expect.objectContaining({ code: "ID_NUMBER_INVALID", status: 422 }));
    }
  });

  it("I8: resident numbers (new and legacy forms) are FOREIGNER_NOT_ALLOWED", () => {
    for (const id of [completeIdNumber("A98765432"), completeIdNumber("FC0246813")]) {
      expect(() => requireNationalId(id)).toThrow(expect.objectContaining({ code: "FOREIGNER_NOT_ALLOWED", status: 403 }));
    }
  });
});
