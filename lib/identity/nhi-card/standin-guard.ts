import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Stand-in endpoints do not exist where stand-ins are not allowed (production). */
export function assertStandinsAllowed(): void {
  if (!env().standinsAllowed) throw new AppError("NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到此頁面。", en: "Not found." });
}
