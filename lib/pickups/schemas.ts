import { z } from "zod";
import { codeField, text, typed } from "@/lib/validation/fields";

/** R4: what the clerk enters: the pickup code, and the type and number of the document shown. */
export const handOverInput = z.object({
  pickupCode: codeField(40).pipe(text().regex(/^\d{10}$/, { message: "The pickup code has 10 digits" })),
  documentType: z.enum(["ID_CARD", "NHI_CARD", "DRIVERS_LICENSE"]),
  documentNumber: typed().pipe(text().regex(/^[A-Z0-9]{8,12}$/, { message: "Enter the document number as printed" })),
  byProxy: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type HandOverInput = z.infer<typeof handOverInput>;
