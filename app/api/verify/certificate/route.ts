import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { verifyCertificateLogin } from "@/lib/identity/certificate/verify-certificate-login";
import { clientAddress } from "@/lib/http/client-address";
import { idNumberField, text } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const Body = z.object({
  challenge: text().min(16).max(128),
  idNumber: idNumberField(20),
  /** Base64 DER CMS SignedData from the local signing component (a few KB). */
  signature: text().min(1).max(20_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
});

/** I4 step 2: verify the card's signature over the nonce; success → a one-time login ticket. */
export const POST = route(async (req) => {
  const body = await parseBody(req, Body);
  const { ticket } = await verifyCertificateLogin(body, { client: clientAddress(req.headers) });
  return json({ ticket });
});
