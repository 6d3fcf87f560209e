import { json, route } from "@/lib/http/route";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { issueCardChallenge } from "@/lib/identity/nhi-card/challenge";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

/** I3: a one-time nonce (2 minutes) for the inserted card to sign. */
export const POST = route(async (req) => {
  await consumeRateLimit(`nhi-card-challenge:${clientAddress(req.headers)}`, LIMITS.verification);
  const { nonce, expiresAt } = await issueCardChallenge();
  return json({ nonce, expiresAt: expiresAt.toISOString() });
});
