import { checkIdNumber } from "@/lib/rules";
import { certErrors } from "./errors";

/**
 * The typed ID number, normalized, and only if it is a valid national one: a bad number is a
 * VALIDATION error, a resident certificate number FOREIGNER_NOT_ALLOWED (I8) — both decided on the
 * number alone, before any database or cryptography, so they reveal nothing about anyone.
 */
export function requireNationalId(input: string): string {
  // Same normalization as checkIdNumber (ASCII letters only; "ı".toUpperCase() would give "I").
  const idNumber = input.trim().replace(/[a-z]/g, (c) => c.toUpperCase());
  const check = checkIdNumber(idNumber);
  if (!check.ok) throw certErrors.idNumberInvalid();
  if (check.kind !== "national") throw certErrors.foreigner();
  return idNumber;
}
