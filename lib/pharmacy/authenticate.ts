import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sha256Hex } from "@/lib/security/hash";

/**
 * Each pharmacy calls the API with its own key (`Authorization: Bearer <key>`). Keys are long random
 * strings, so a plain sha256 is a sufficient stored form (no salt needed against guessing), and the
 * lookup is by that digest. The key itself is shown once when issued.
 */
export function apiKeyDigest(key: string): string {
  return sha256Hex(`pharmacy-key:${key}`);
}

const UNAUTHENTICATED = new AppError("PHARMACY_UNAUTHENTICATED", "UNAUTHENTICATED", {
  "zh-TW": "藥局 API 金鑰無效。",
  en: "Invalid pharmacy API key.",
});

export async function authenticatePharmacy(authorization: string | null): Promise<{ id: string; code: string }> {
  const key = authorization?.match(/^Bearer\s+([A-Za-z0-9_-]{20,200})$/)?.[1];
  if (!key) throw UNAUTHENTICATED;
  const pharmacy = await db().pharmacy.findUnique({ where: { apiKeyHash: apiKeyDigest(key) }, select: { id: true, code: true, active: true } });
  if (!pharmacy?.active) throw UNAUTHENTICATED;
  return pharmacy;
}
