import { json, parseBody, route } from "@/lib/http/route";
import { assertStandinsAllowed } from "@/lib/identity/nhi-card/standin-guard";
import { signWithCard } from "@/lib/identity/nhi-card/standin-card-reader";
import { signRequestSchema } from "@/lib/identity/nhi-card/protocol";

export const dynamic = "force-dynamic";

/** Card-reader stand-in: the inserted card answers the server's nonce. */
export const POST = route(async (req) => {
  assertStandinsAllowed();
  const { cardNumber, nonce } = await parseBody(req, signRequestSchema);
  return json({ cardNumber, nonce, response: await signWithCard(cardNumber, nonce) });
});
