import { z } from "zod";
import { text } from "@/lib/validation/fields";

export const cardInput = z.object({ cardNumber: text().trim().regex(/^\d{12}$/, { message: "An NHI card number has 12 digits" }) });
