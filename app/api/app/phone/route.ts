import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { verifyOwnPhone } from "@/lib/identity/phone/verify-own-phone";
import { SignedAssertionSchema } from "@/lib/identity/phone/telecom";
import { PHONE_BINDING_COOKIE } from "@/lib/identity/phone/binding-cookie";

export const dynamic = "force-dynamic";

/**
 * POST /api/app/phone { assertion: { payload, signature, keyId } } — I5 step 3 (issue 7 item 1):
 * the telecom operator's signed assertion, as the phone received it, for a nonce this browser was
 * issued (cookie). Nothing else in the body is read: the number, plan, owner match and network are
 * the operator's word. → { ticket, appPassword } (the password is shown once, stored hashed).
 * Refusals: PHONE_ASSERTION_INVALID, PHONE_ASSERTION_EXPIRED, PHONE_NONCE_INVALID (401); the I5
 * conditions by name (PHONE_WIFI_ON, PHONE_NOT_OWN_NUMBER, PHONE_TERMINATED, PHONE_REPORTED_LOST,
 * PHONE_COMPANY_NUMBER, PHONE_PREPAID); RATE_LIMITED.
 */
const PhoneBody = z.object({ assertion: SignedAssertionSchema });

export const POST = route(async (req) => {
  const { assertion } = await parseBody(req, PhoneBody);
  await consumeRateLimit(`phone-verify:${clientAddress(req.headers)}`, LIMITS.verification);
  const { ticket, appPassword } = await verifyOwnPhone({ assertion, binding: req.cookies.get(PHONE_BINDING_COOKIE)?.value ?? null });
  return json({ ticket, appPassword });
});
