import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Stand-in endpoints exist in local use only (404 in a deployment; proxy.ts refuses them first). */
export function assertStandinsAllowed(): void {
  if (!env().local) throw new AppError("NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到此頁面。", en: "Not found." });
}
