import type { CardAuthService } from "./card-auth-service";
import { CARD_NUMBER_PATTERN, RESPONSE_PATTERN } from "./protocol";

/**
 * The real NHIA card-authentication service, as a thin HTTP client (EMASK_NHI_CARD_ADAPTER=nhia).
 * The service holds the master key (our stand-in's SAM); we ask it one question per login:
 *
 *   POST <EMASK_NHIA_URL>   Authorization: Bearer <EMASK_NHIA_TOKEN>
 *   { "cardNumber": "000012345678", "nonce": "…", "response": "…" }   →   200 { "valid": true|false }
 *
 * Anything else (network error, non-200, another shape) throws, which the login maps to
 * CARD_SERVICE_UNAVAILABLE (503): an outage must never read as "valid".
 */
export function nhiaCardAuthService(url: string, token: string, fetchImpl: typeof fetch = fetch): CardAuthService {
  return {
    async verifyResponse(cardNumber, nonce, response) {
      if (!CARD_NUMBER_PATTERN.test(cardNumber) || !RESPONSE_PATTERN.test(response)) return false;
      const res = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ cardNumber, nonce, response }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`NHIA card service answered ${res.status}`);
      const answer = (await res.json()) as { valid?: unknown };
      if (typeof answer.valid !== "boolean") throw new Error("NHIA card service answered without a verdict");
      return answer.valid;
    },
  };
}
