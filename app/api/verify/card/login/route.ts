import { json, parseBody, route } from "@/lib/http/route";
import { cardRequestSchema, loginSchema } from "@/lib/identity/nhi-card/schemas";
import { loginWithCard } from "@/lib/identity/nhi-card/login-card";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

/** I3: card in the reader + password → a one-time login ticket for next-auth. */
export const POST = route(async (req, { locale }) => {
  const { proof, form } = await parseBody(req, cardRequestSchema);
  const { password } = loginSchema.parse(form);
  const { ticket } = await loginWithCard(proof, password, { client: clientAddress(req.headers), locale });
  return json({ ticket });
});
