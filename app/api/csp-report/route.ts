import { route } from "@/lib/http/route";
import { clientAddress } from "@/lib/http/client-address";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { parseCspReport, recordCspViolation } from "@/lib/http/csp-report";

export const dynamic = "force-dynamic";

/** Browsers report Content-Security-Policy violations here (D55). Anonymous; rate-limited; 204. */
export const POST = route(async (req) => {
  await consumeRateLimit(`csp-report:${clientAddress(req.headers)}`, { limit: 100, windowSeconds: 600 });
  recordCspViolation(parseCspReport(await req.text()));
  return new Response(null, { status: 204 });
});
