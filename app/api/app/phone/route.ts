import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { MOBILE_NUMBER } from "@/lib/identity/phone/msisdn";
import { verifyOwnPhone } from "@/lib/identity/phone/verify-own-phone";

export const dynamic = "force-dynamic";

/**
 * POST /api/app/phone — I5 phone quick verification, from the app.
 * Body: { idNumber, phoneNumber, network: "MOBILE_DATA" | "WIFI", screenUnlocked } — the phone
 * reports its number and network and whether its screen-lock prompt was passed; the person types
 * the ID number. → { ticket, appPassword } (the password is shown once, never stored in clear).
 * Refusals name the failed condition: INVALID_ID_NUMBER, FOREIGNER_NOT_ALLOWED, PHONE_WIFI_ON,
 * PHONE_SCREEN_LOCK_NOT_CONFIRMED, PHONE_NOT_OWN_NUMBER, PHONE_TERMINATED, PHONE_REPORTED_LOST,
 * PHONE_COMPANY_NUMBER, PHONE_PREPAID; RATE_LIMITED; TELECOM_UNAVAILABLE.
 */
const PhoneBody = z.object({
  idNumber: z.string().trim().min(1).max(12),
  phoneNumber: z.string().regex(MOBILE_NUMBER),
  network: z.enum(["MOBILE_DATA", "WIFI"]),
  screenUnlocked: z.boolean(),
});

export const POST = route(async (req) => {
  const body = await parseBody(req, PhoneBody);
  await consumeRateLimit(`phone-verify:${clientAddress(req.headers)}`, LIMITS.verification);
  const { ticket, appPassword } = await verifyOwnPhone(body);
  return json({ ticket, appPassword });
});
