import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { clientAddress } from "@/lib/http/client-address";
import { redeemLoginTicket } from "@/lib/auth/tickets";
import { formFields, seeOther, sessionCookieFor } from "@/lib/auth/form-session";
import { DEVICE_COOKIE } from "@/lib/identity/device-cookie";
import { appLogin } from "@/lib/identity/app-login/app-login";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";
import { idNumberProblem } from "@/lib/validation/id-field";

export const dynamic = "force-dynamic";

/**
 * POST /app/login/submit — the app login form without JavaScript (issue 7 item 7): posted, never
 * GET, so neither the ID number nor the password reaches the URL. The same appLogin as
 * POST /api/app/login; its ticket is redeemed at once into the session cookie, then 303 to `next`
 * or /me. Refusal → 303 /app/login?error=<code> (INVALID_CREDENTIALS, RATE_LIMITED).
 */
export const POST = route(async (req) => {
  const { idNumber, password, next } = await formFields(req, ["idNumber", "password", "next"]);
  const nextPath = safeNextPath(next);
  const back = (code: string) => seeOther(withNext(`/app/login?error=${code}`, nextPath));
  // Issue 9 item 2: the ID number is checked first, then the password is there; each comes back by its field.
  const idProblem = idNumberProblem(idNumber);
  if (idProblem) return back(idProblem);
  if (!password) return back("PASSWORD_MISSING");
  if (password.length > 128) return back("INVALID_CREDENTIALS");
  let ticket: string;
  try {
    ({ ticket } = await appLogin({ idNumber, password, deviceId: req.cookies.get(DEVICE_COOKIE)?.value ?? null, source: clientAddress(req.headers) }));
  } catch (e) {
    if (e instanceof AppError && (e.code === "INVALID_CREDENTIALS" || e.code === "RATE_LIMITED")) return back(e.code);
    throw e;
  }
  const verified = await redeemLoginTicket(ticket);
  if (!verified) return back("SIGN_IN_FAILED");
  const res = seeOther(nextPath ?? "/me");
  const cookie = await sessionCookieFor(req, `person:${verified.personId}`, { kind: "citizen", ...verified });
  res.cookies.set(cookie.name, cookie.value, cookie.options);
  return res;
});
