import { z } from "zod";

export const cardInput = z.object({ cardNumber: z.string().trim().regex(/^\d{12}$/, { message: "An NHI card number has 12 digits" }) });
