import { z } from "zod";
import { cardNumberField } from "@/lib/validation/fields";

export const cardInput = z.object({ cardNumber: cardNumberField() });
