"use server";
import { headers } from "next/headers";
import { requireCitizen } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatTaipeiTime } from "@/lib/i18n/format";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { generateDeviceCode } from "@/lib/identity/device/generate-device-code";
import { deviceErrors } from "@/lib/identity/device/errors";
import { deviceBindUrl, qrDataUrl } from "@/lib/identity/device/qr";

export type DeviceCodeState =
  | { ok: true; code: string; expiresAt: string; expiresAtText: string; qr: string; url: string }
  | { ok: false; message: string }
  | null;

/** I6 step 1: only for a session that logged in with the NHI card on the web. */
export async function generateDeviceCodeAction(_prev: DeviceCodeState, _data: FormData): Promise<DeviceCodeState> {
  const locale = await getLocale();
  const principal = await forAction(requireCitizen()); // 401/403 for a post from anyone else
  try {
    if (principal.method !== "NHI_CARD") throw deviceErrors.cardLoginRequired();
    await consumeRateLimit(`device-code-generate:${principal.personId}`, LIMITS.verification);
    const { code, expiresAt } = await generateDeviceCode(principal.personId);
    // The QR code is for the person's own phone, so the address they reached us by is the right one.
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
    const proto = h.get("x-forwarded-proto") ?? "http";
    const url = deviceBindUrl(`${proto}://${host}`, code);
    return { ok: true, code, expiresAt: expiresAt.toISOString(), expiresAtText: formatTaipeiTime(expiresAt.toISOString()), qr: await qrDataUrl(url), url };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.text[locale] };
    throw e;
  }
}
