/**
 * I3/I8/I9 form schemas (zod), shared by the route handlers and the tests. Normalising here
 * (trim, upper case, phone punctuation) means the domain code sees one spelling of each value.
 */
import { z } from "zod";
import { compareDays, isDay } from "@/lib/rules";
import { cardProofSchema } from "./protocol";
import { phoneField, text, typed } from "@/lib/validation/fields";
import { PASSWORD_CHARACTERS, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/rules/card-password";

export { PASSWORD_MAX, PASSWORD_MIN };
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .regex(PASSWORD_CHARACTERS, "letters, digits and symbols only, no spaces");

/** 戶號: top-left of the household register's inner page. [decision] 6–10 letters/digits. */
export const householdNumberSchema = typed().pipe(z.string().regex(/^[A-Z0-9]{6,10}$/));
/** 居留證序號 printed on the certificate. [decision] 6–20 letters/digits. */
export const residentSerialSchema = typed().pipe(z.string().regex(/^[A-Z0-9]{6,20}$/));
const day = text().refine(isDay, "a calendar day YYYY-MM-DD");

const contact = {
  address: text().trim().min(5).max(200),
  /** Taiwan numbers: 0 + 8–9 digits, spaces, hyphens and brackets ignored. */
  phone: phoneField(/^0\d{8,9}$/, "0 and 8–9 digits"),
  email: text().trim().toLowerCase().pipe(z.email().max(254)),
  password: passwordSchema,
  passwordConfirm: text().max(128),
};

const national = z.object({ ...contact, kind: z.literal("national"), householdNumber: householdNumberSchema });
const resident = z.object({
  ...contact,
  kind: z.literal("resident"),
  residentCertIssuedOn: day,
  residentCertExpiresOn: day,
  residentCertSerial: residentSerialSchema,
});

const samePassword = (v: { password: string; passwordConfirm: string }) => v.password === v.passwordConfirm;
const expiresAfterIssue = (v: { kind: string; residentCertIssuedOn?: string; residentCertExpiresOn?: string }) =>
  // zod runs this even when a date itself failed (that field already has its own issue).
  v.kind !== "resident" || !isDay(v.residentCertExpiresOn) || !isDay(v.residentCertIssuedOn) || compareDays(v.residentCertExpiresOn, v.residentCertIssuedOn) > 0;

export const registrationSchema = z
  .discriminatedUnion("kind", [national, resident])
  .refine(samePassword, { path: ["passwordConfirm"], message: "the two passwords differ" })
  .refine(expiresAfterIssue, { path: ["residentCertExpiresOn"], message: "must be after the issue date" });
export type Registration = z.infer<typeof registrationSchema>;

/**
 * Request bodies are { proof, <form> }: the route parses the envelope, then the form on its own so
 * that a refusal names the form's fields at the top level (the page maps them to hints).
 */
export const cardRequestSchema = z.object({ proof: cardProofSchema, form: z.unknown() });

/** Login: the password is only checked against its hash, so any length up to a bound is accepted. */
export const loginSchema = z.object({ password: text().min(1).max(128) });

/** I9: re-verify with the card plus the household number (nationals) or certificate serial (residents). */
export const passwordResetSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("national"), householdNumber: householdNumberSchema }),
    z.object({ kind: z.literal("resident"), residentCertSerial: residentSerialSchema }),
  ])
  .and(z.object({ password: passwordSchema, passwordConfirm: text().max(128) }))
  .refine(samePassword, { path: ["passwordConfirm"], message: "the two passwords differ" });
export type PasswordReset = z.infer<typeof passwordResetSchema>;

export const confirmEmailSchema = z.object({ token: text().min(20).max(100) });
