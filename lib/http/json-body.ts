import type { z } from "zod";
import { AppError } from "@/lib/errors";

const NOT_JSON = new AppError("VALIDATION", "VALIDATION", { "zh-TW": "請求內容不是有效的 JSON。", en: "The request body is not valid JSON." });

/** A JSON body parsed with a zod schema: bad JSON and bad fields are both 422 VALIDATION. */
export function parseJson<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw NOT_JSON;
  }
  return schema.parse(raw);
}
