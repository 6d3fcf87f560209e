import { json, parseBody, route } from "@/lib/http/route";
import { cardRequestSchema, registrationSchema } from "@/lib/identity/nhi-card/schemas";
import { registerWithCard } from "@/lib/identity/nhi-card/register-card";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

/** I3/I8: first-use registration with the card; the confirmation e-mail goes out. */
export const POST = route(async (req, { locale }) => {
  const { proof, form } = await parseBody(req, cardRequestSchema);
  const { email } = await registerWithCard(proof, registrationSchema.parse(form), { client: clientAddress(req.headers), locale });
  return json({ registered: true, email });
});
