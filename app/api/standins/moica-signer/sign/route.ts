import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { standinSigner } from "../signer";
import { text } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const Body = z.object({
  card: text().regex(/^[A-Z0-9]{16}$/),
  /** MOICA card PINs are 6–8 digits. */
  pin: text().regex(/^[0-9]{6,8}$/),
  nonce: text().min(1).max(128),
});

/** Stand-in signing component: sign the nonce with the card after its PIN check → CMS (base64 DER). */
export const POST = route(async (req) => {
  const signer = standinSigner(); // 404 first, before reading anything
  const body = await parseBody(req, Body);
  return json({ signature: await signer.sign(body) });
});
