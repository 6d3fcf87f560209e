import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { clientAddress } from "@/lib/http/client-address";
import { staffLogin } from "@/lib/auth/staff-login";
import { formFields, seeOther, sessionCookieFor } from "@/lib/auth/form-session";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";

export const dynamic = "force-dynamic";

/**
 * POST /staff/login/submit — the staff sign-in form without JavaScript (issue 7 item 7): the form
 * posts here (never GET: the password must not reach the URL). Success → session cookie, 303 to
 * `next` or /staff; refusal → 303 /staff/login?error=INVALID|RATE_LIMITED (the code only).
 * With JavaScript the form signs in through next-auth and never comes here.
 */
export const POST = route(async (req) => {
  const { username, password, code, next } = await formFields(req, ["username", "password", "code", "next"]);
  const nextPath = safeNextPath(next);
  const back = (code: string) => seeOther(withNext(`/staff/login?error=${code}`, nextPath));
  const name = username.trim();
  if (!name || !password || name.length > 64 || password.length > 128) return back("INVALID");
  let result;
  try {
    result = await staffLogin(name, password, clientAddress(req.headers), code.slice(0, 16));
  } catch (e) {
    if (e instanceof AppError && e.code === "RATE_LIMITED") return back("RATE_LIMITED");
    throw e;
  }
  if (!result.ok) return back("INVALID");
  const res = seeOther(nextPath ?? "/staff");
  const cookie = await sessionCookieFor(req, `staff:${result.principal.staffId}`, result.principal);
  res.cookies.set(cookie.name, cookie.value, cookie.options);
  return res;
});
