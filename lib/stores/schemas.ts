import { z } from "zod";
import { text, recordId } from "@/lib/validation/fields";

/**
 * An empty field counts as absent (issue 9 item 1): the finder is a plain GET form, so "all
 * counties" and an empty search box arrive as `county=&q=` — they used to fail the whole parse,
 * and the page then showed the first 50 stores of every chain whatever was chosen.
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** "25.033,121.565": a position from the browser, for "near me". */
const POSITION = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)$/;
export const positionParam = text()
  .regex(POSITION)
  .transform((s) => s.split(",").map(Number) as [number, number])
  .refine(([lat, lng]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180);

/** GET /api/stores and the /order finder — chain → county → town → store, with a free-text search. */
export const storeQuery = z.object({
  roundId: optional(recordId()),
  chain: optional(z.enum(["7-ELEVEN", "FAMILYMART", "HILIFE", "OKMART"])),
  county: optional(text().trim().min(1).max(10)),
  town: optional(text().trim().min(1).max(10)),
  /** Store name, address (either language) or store number; full-width typing is folded (NFKC). */
  q: optional(text().transform((s) => s.normalize("NFKC").trim()).pipe(z.string().min(1).max(50))),
  near: optional(positionParam),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type StoreQuery = z.infer<typeof storeQuery>;
