import { z } from "zod";
import { text, recordId } from "@/lib/validation/fields";

/** GET /api/stores — chain → county → town → store, with a free-text search. */
export const storeQuery = z.object({
  roundId: recordId().optional(),
  chain: z.enum(["7-ELEVEN", "FAMILYMART", "HILIFE", "OKMART"]).optional(),
  county: text().trim().min(1).max(10).optional(),
  town: text().trim().min(1).max(10).optional(),
  q: text().trim().min(1).max(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type StoreQuery = z.infer<typeof storeQuery>;
