import { json, parseBody, route } from "@/lib/http/route";
import { cardRequestSchema, passwordResetSchema } from "@/lib/identity/nhi-card/schemas";
import { resetPasswordWithCard } from "@/lib/identity/nhi-card/reset-password";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

/** I9: re-verify with the card and the registered household number / certificate serial; new password. */
export const POST = route(async (req, { locale }) => {
  const { proof, form } = await parseBody(req, cardRequestSchema);
  await resetPasswordWithCard(proof, passwordResetSchema.parse(form), { client: clientAddress(req.headers), locale });
  return json({ reset: true });
});
