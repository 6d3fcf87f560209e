import { z } from "zod";

/** GET /api/stores — chain → county → town → store, with a free-text search. */
export const storeQuery = z.object({
  roundId: z.uuid().optional(),
  chain: z.enum(["7-ELEVEN", "FAMILYMART", "HILIFE", "OKMART"]).optional(),
  county: z.string().trim().min(1).max(10).optional(),
  town: z.string().trim().min(1).max(10).optional(),
  q: z.string().trim().min(1).max(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type StoreQuery = z.infer<typeof storeQuery>;
