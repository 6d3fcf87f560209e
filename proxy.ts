import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { gateRequest } from "@/lib/http/request-gate";
import { contentSecurityPolicy, isLocalOnlyPath, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

/**
 * Next 16's proxy (formerly middleware): runs before every request (not static assets). Not an
 * authorization layer (every page and handler guards itself): it (1) answers 400 for malformed
 * paths and action payloads (lib/http/request-gate.ts), not 500; (2) answers 404 for the stand-ins
 * and demo inboxes outside local use, before any of their code runs — the pages and handlers also
 * refuse on their own; (3) sets a fresh CSP nonce per request (request header, so Next puts it on
 * its scripts, and response header); (4) adds HSTS outside local use.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const gated = await gateRequest(request);
  if (gated) return gated;
  const e = env();
  const pathname = request.nextUrl.pathname;
  if (!e.local && isLocalOnlyPath(pathname)) {
    if (pathname.toLowerCase().startsWith("/api/")) {
      return NextResponse.json({ error: { code: "NOT_FOUND", message: "找不到此頁面。Not found." } }, { status: 404 });
    }
    return new NextResponse("找不到此頁面。Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: e.NODE_ENV === "development", local: e.local });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (!e.local) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but Next's own static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
