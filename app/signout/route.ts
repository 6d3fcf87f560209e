import { route } from "@/lib/http/route";
import { seeOther } from "@/lib/auth/form-session";

export const dynamic = "force-dynamic";

/**
 * POST /signout — sign out from a plain form (issue 9 item 6): works without JavaScript, where
 * next-auth's client `signOut()` cannot run. The session is a cookie (a JWE, D82), so signing out is
 * expiring it, under both names next-auth uses; then 303 home. Same-origin only (the route wrapper),
 * so another site cannot sign a person out.
 */
export const POST = route(async () => {
  const res = seeOther("/");
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    res.cookies.set(name, "", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  }
  return res;
});
