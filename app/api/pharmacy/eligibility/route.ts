import { json, parseBody, route } from "@/lib/http/route";
import { authenticatePharmacy } from "@/lib/pharmacy/authenticate";
import { cardInput } from "@/lib/pharmacy/schemas";
import { checkEligibility } from "@/lib/pharmacy/sales";
import { consumeRateLimit } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

/** A pharmacy asks whether an NHI card may buy today (O2, S1, S3, S4). */
export const POST = route(async (req) => {
  const pharmacy = await authenticatePharmacy(req.headers.get("authorization"));
  await consumeRateLimit(`pharmacy:${pharmacy.id}`, { limit: 600, windowSeconds: 60 });
  const { cardNumber } = await parseBody(req, cardInput);
  return json(await checkEligibility(cardNumber));
});
