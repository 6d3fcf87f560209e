import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { encode, type JWT } from "next-auth/jwt";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";
import type { Principal } from "./session";

/**
 * Issue 7 item 7: a sign-in posted by a plain HTML form (no JavaScript, so no next-auth client to
 * call) still ends in next-auth's own session: the token is built by the same `jwt` callback the
 * providers go through, encoded with next-auth's `encode`, and set under next-auth's cookie name
 * (`__Secure-` prefixed on HTTPS, as next-auth does).
 */
export async function sessionCookieFor(req: NextRequest, userId: string, principal: Principal) {
  const options = authOptions();
  const base: JWT = { sub: userId };
  const token = options.callbacks?.jwt
    ? await options.callbacks.jwt({ token: base, user: { id: userId, principal }, account: null, trigger: "signIn" } as Parameters<NonNullable<typeof options.callbacks.jwt>>[0])
    : { ...base, principal };
  const secure = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    value: await encode({ token, secret: options.secret!, maxAge: SESSION_MAX_AGE_SECONDS }),
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

/** A 303 to a same-site path (relative Location: right behind any proxy). */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });
}

/** The text fields of a posted form (urlencoded or multipart); anything else is empty. */
export async function formFields<K extends string>(req: NextRequest, names: readonly K[]): Promise<Record<K, string>> {
  const out = Object.fromEntries(names.map((n) => [n, ""])) as Record<K, string>;
  const data = await req.formData().catch(() => null);
  for (const n of names) {
    const v = data?.get(n);
    if (typeof v === "string") out[n] = v.slice(0, 256);
  }
  return out;
}
