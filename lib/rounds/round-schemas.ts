import { z } from "zod";
import { isDay } from "@/lib/rules";
import { recordId, text } from "@/lib/validation/fields";
import type { RoundDraft, RoundErrors, RoundField } from "./round-rules";

/** Issue 10 item 1: the round form's fields as posted (all strings), parsed field by field. */
const day = () => text().trim().refine(isDay, { message: "Not a day" });
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const roundForm = z.object({
  name: text().trim().min(1).max(100),
  product: z.literal("ADULT_MASK"),
  masksPerOrder: int(1, 50),
  unitPrice: int(0, 1000),
  fee: int(0, 1000),
  adultAge: int(1, 30),
  orderOpensOn: day(),
  orderOpensTime: text().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  orderClosesOn: day(),
  resultsOn: day(),
  paymentDeadline: day(),
  pickupStart: day(),
  pickupEnd: day(),
}) satisfies z.ZodType<RoundDraft>;

export const roundIdInput = z.object({ roundId: recordId() });

/** A form that does not parse: INVALID on each field zod named (and only there). */
export function parseRoundForm(fields: Record<string, string>): { ok: true; draft: RoundDraft } | { ok: false; errors: RoundErrors } {
  const parsed = roundForm.safeParse(fields);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const errors: RoundErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && field in roundForm.shape) errors[field as RoundField] = { code: "INVALID" };
  }
  return { ok: false, errors };
}
