import { idNumberField } from "@/lib/validation/fields";
import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { randomToken } from "@/lib/security/hash";
import { issuePhoneNonce, NONCE_TTL_MS } from "@/lib/identity/phone/phone-nonce";
import { PHONE_BINDING_COOKIE, PHONE_BINDING_PATH, PHONE_BINDING_PATTERN } from "@/lib/identity/phone/binding-cookie";

export const dynamic = "force-dynamic";

/**
 * POST /api/app/phone/nonce { idNumber } → { nonce, operatorUrl, expiresAt } — I5 step 1 (issue 7
 * item 1). The ID must be a valid national's (INVALID_ID_NUMBER, FOREIGNER_NOT_ALLOWED); the nonce
 * is bound to it and to this browser (cookie). The phone then takes { nonce, idNumber } to the
 * operator at operatorUrl over its own mobile data.
 */
const NonceBody = z.object({ idNumber: idNumberField() });

export const POST = route(async (req) => {
  const { idNumber } = await parseBody(req, NonceBody);
  await consumeRateLimit(`phone-nonce:${clientAddress(req.headers)}`, LIMITS.verification);
  const cookie = req.cookies.get(PHONE_BINDING_COOKIE)?.value;
  const binding = cookie && PHONE_BINDING_PATTERN.test(cookie) ? cookie : randomToken(32);
  const issued = await issuePhoneNonce(idNumber, binding);
  const res = json({ nonce: issued.nonce, idNumber: issued.idNumber, operatorUrl: issued.operatorUrl, expiresAt: issued.expiresAt.toISOString() });
  res.cookies.set(PHONE_BINDING_COOKIE, binding, {
    httpOnly: true,
    sameSite: "strict",
    path: PHONE_BINDING_PATH,
    maxAge: NONCE_TTL_MS / 1000,
    secure: req.nextUrl.protocol === "https:",
  });
  return res;
});
