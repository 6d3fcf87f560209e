import { citizenOnly } from "@/lib/auth/refusals";
import { parseCookieHeader, principalOfToken, sessionTokenOf } from "@/lib/auth/session-cookie";
import { errorBody } from "@/lib/http/error-body";
import { parseJson } from "@/lib/http/json-body";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";
import { placeOrder } from "./place-order";
import { idempotencyKey, placeOrderBody } from "./schemas";

export type IntakeRequest = {
  /** One request header, case-insensitive; null when absent. */
  header: (name: string) => string | null;
  body: string;
};
export type IntakeResponse = { status: number; body: unknown };

/**
 * POST /api/orders, whole: same-origin check → the session's citizen → body and Idempotency-Key →
 * placeOrder (O1, O3–O5) → 201 created / 200 the same order again / the error model. Framework free
 * so that one function serves Next's route handler (app/api/orders/route.ts, used by `next dev`)
 * and the fast path scripts/server.mjs runs for this one request before Next (D84): the opening
 * spike is this request, and Next's per-request machinery cost more CPU than the order itself.
 */
export async function placeOrderRequest(req: IntakeRequest): Promise<IntakeResponse> {
  const jar = parseCookieHeader(req.header("cookie"));
  const locale = parseLocale(jar.find((c) => c.name === LOCALE_COOKIE)?.value);
  try {
    assertSameOrigin(req.header);
    const who = citizenOnly(await principalOfToken(sessionTokenOf(jar)));
    const body = parseJson(req.body, placeOrderBody);
    const key = req.header("idempotency-key");
    const { order, created } = await placeOrder(who, { ...body, idempotencyKey: key === null ? null : idempotencyKey.parse(key) });
    return { status: created ? 201 : 200, body: { order } };
  } catch (e) {
    return errorBody(e, locale);
  }
}
