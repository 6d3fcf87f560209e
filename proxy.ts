import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { gateRequest } from "@/lib/http/request-gate";

/**
 * Next 16's proxy (formerly middleware): runs before routing. Only the request gate of
 * lib/http/request-gate.ts lives here (malformed paths and action payloads → 400, not 500);
 * authorization stays in the routes, actions and pages themselves (lib/auth/guard.ts).
 */
export async function proxy(req: NextRequest): Promise<NextResponse> {
  return (await gateRequest(req)) ?? NextResponse.next();
}

export const config = {
  // Everything but Next's own static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
