import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { issueCertificateChallenge } from "@/lib/identity/certificate/issue-challenge";
import { clientAddress } from "@/lib/http/client-address";
import { idNumberField } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const Body = z.object({ idNumber: idNumberField(20).optional() });

/** I4 step 1: a one-time nonce (2 minutes) for the certificate card to sign. */
export const POST = route(async (req) => {
  const { idNumber } = await parseBody(req, Body);
  const { challenge, expiresAt } = await issueCertificateChallenge({ client: clientAddress(req.headers), idNumber });
  return json({ challenge, expiresAt: expiresAt.toISOString() });
});
