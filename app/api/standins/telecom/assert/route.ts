import { idNumberField } from "@/lib/validation/fields";
import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { MOBILE_NUMBER } from "@/lib/identity/phone/msisdn";
import { assertSubscriber } from "@/lib/identity/phone/standin-telecom";
import { assertStandinsAllowed } from "@/lib/identity/nhi-card/standin-guard";

export const dynamic = "force-dynamic";

/**
 * The stand-in telecom operator (issue 7 item 1; protocol in lib/identity/phone/telecom.ts):
 * POST { nonce, idNumber, connection: { sim, network } } → { payload, signature, keyId }.
 * `connection` stands for what a real operator reads from its own network (which SIM the request
 * came through, and whether over mobile data); only this stand-in sees it — the app server is given
 * the signed assertion alone. 404 where stand-ins are not allowed.
 */
const AssertBody = z.object({
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  idNumber: idNumberField(),
  connection: z.object({ sim: z.string().regex(MOBILE_NUMBER), network: z.enum(["MOBILE_DATA", "WIFI"]) }),
});

export const POST = route(async (req) => {
  assertStandinsAllowed();
  const body = await parseBody(req, AssertBody);
  await consumeRateLimit(`standin-telecom:${clientAddress(req.headers)}`, LIMITS.verification);
  return json(assertSubscriber({ nonce: body.nonce, idNumber: body.idNumber }, body.connection));
});
