import { json, parseBody, route } from "@/lib/http/route";
import { authenticatePharmacy } from "@/lib/pharmacy/authenticate";
import { cardInput } from "@/lib/pharmacy/schemas";
import { recordSale } from "@/lib/pharmacy/sales";
import { consumeRateLimit } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

/** A pharmacy records a sale of 3 adult masks to an NHI card, atomically, on the one ledger (S1). */
export const POST = route(async (req) => {
  const pharmacy = await authenticatePharmacy(req.headers.get("authorization"));
  await consumeRateLimit(`pharmacy:${pharmacy.id}`, { limit: 600, windowSeconds: 60 });
  const { cardNumber } = await parseBody(req, cardInput);
  return json(await recordSale(pharmacy.id, cardNumber), 201);
});
