import { z } from "zod";
import type { Document } from "./documents";
import { MOBILE_NUMBER } from "@/lib/identity/phone/msisdn";
import { cardNumberField, idNumberField, phoneField } from "@/lib/validation/fields";

/**
 * What the counter form sends. Shapes only; whether the person exists, the ID's check digit and
 * which documents the person's kind needs are decided by registerAtCounter (and audited).
 * Phone: a Taiwan mobile number in national form, 09 + 8 digits (spaces and dashes removed).
 */

const seen = z.boolean().default(false);
const documentsSchema = z.object({ nhiCard: seen, idCard: seen, householdRegister: seen, residentCertificate: seen }) satisfies z.ZodType<
  Record<Document, boolean>
>;

export const CounterRegistrationInput = z.object({
  idNumber: idNumberField(),
  cardNumber: cardNumberField(),
  phoneNumber: phoneField(MOBILE_NUMBER, "09 + 8 digits"),
  documents: documentsSchema,
});
export type CounterRegistration = z.infer<typeof CounterRegistrationInput>;
