import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/** GET /api/staff/exports/<kind>?round=…[&centre=…|&store=…] (issue 10 item 5). */
export const EXPORT_KINDS = ["pick-list", "reconciliation", "draw"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const exportKind = z.enum(EXPORT_KINDS);
export const exportQuery = z.object({
  round: recordId(),
  centre: recordId().optional(),
  store: recordId().optional(),
});
