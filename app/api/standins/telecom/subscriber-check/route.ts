import { z } from "zod";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { json, parseBody, route } from "@/lib/http/route";
import { consumeRateLimit, LIMITS } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { MOBILE_NUMBER } from "@/lib/identity/phone/msisdn";
import { answerSubscriberCheck } from "@/lib/identity/phone/standin-telecom";

export const dynamic = "force-dynamic";

/**
 * The stand-in telecom operator's API over HTTP — the protocol of lib/identity/phone/telecom.ts:
 * POST { requestId, idNumber, msisdn } → { answer, signature, keyId }, the answer signed with
 * the operator's Ed25519 key (public key: .data/standins/<db>/telecom/operator-ed25519.pub.pem).
 * It answers about the pair only: for a pair that does not match, `match: false` and nothing
 * else. A real operator's API sits behind mutual TLS; the stand-in exists only where stand-ins
 * are allowed (404 elsewhere).
 */
const NOT_FOUND = new AppError("NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到此頁面。", en: "Not found." });

const SubscriberCheck = z.object({
  requestId: z.string().regex(/^[A-Za-z0-9_-]{22,128}$/),
  idNumber: z.string().trim().min(1).max(12),
  msisdn: z.string().regex(MOBILE_NUMBER),
});

export const POST = route(async (req) => {
  if (!env().local) throw NOT_FOUND;
  const request = await parseBody(req, SubscriberCheck);
  await consumeRateLimit(`standin-telecom:${clientAddress(req.headers)}`, LIMITS.verification);
  return json(answerSubscriberCheck(request));
});
