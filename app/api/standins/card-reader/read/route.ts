import { json, parseBody, route } from "@/lib/http/route";
import { assertStandinsAllowed } from "@/lib/identity/nhi-card/standin-guard";
import { readCard } from "@/lib/identity/nhi-card/standin-card-reader";
import { readRequestSchema } from "@/lib/identity/nhi-card/protocol";

export const dynamic = "force-dynamic";

/** Card-reader stand-in: the inserted card's basic data, as the real reader returns it. */
export const POST = route(async (req) => {
  assertStandinsAllowed();
  const { cardNumber } = await parseBody(req, readRequestSchema);
  return json({ card: await readCard(cardNumber) });
});
