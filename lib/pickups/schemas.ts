import { z } from "zod";

/** R4: what the clerk enters: the pickup code, and the type and number of the document shown. */
export const handOverInput = z.object({
  pickupCode: z.string().trim().transform((s) => s.replace(/[\s-]/g, "")).pipe(z.string().regex(/^\d{10}$/, { message: "The pickup code has 10 digits" })),
  documentType: z.enum(["ID_CARD", "NHI_CARD", "DRIVERS_LICENSE"]),
  documentNumber: z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-Z0-9]{8,12}$/, { message: "Enter the document number as printed" })),
  byProxy: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type HandOverInput = z.infer<typeof handOverInput>;
