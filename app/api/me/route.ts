import { getPrincipal } from "@/lib/auth/guard";
import { json, route } from "@/lib/http/route";
import { roleOf } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Who the session is, and how they verified: the principal only, no personal data. */
export const GET = route(async () => {
  const principal = await getPrincipal();
  return json({ principal, role: principal ? roleOf(principal) : null });
});
