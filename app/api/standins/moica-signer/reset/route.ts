import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { standinSigner } from "../signer";
import { text } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const Body = z.object({ card: text().regex(/^[A-Z0-9]{16}$/) });

/** Demo only: unlock a virtual card (in reality: a visit to a household registration office). */
export const POST = route(async (req) => {
  const signer = standinSigner();
  const { card } = await parseBody(req, Body);
  signer.resetPins(card);
  return json({ ok: true });
});
