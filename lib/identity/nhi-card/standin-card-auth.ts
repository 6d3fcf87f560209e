import { safeEqual } from "@/lib/security/hash";
import type { CardAuthService } from "./card-auth-service";
import { cardResponse, cardSecret, CARD_NUMBER_PATTERN, RESPONSE_PATTERN } from "./protocol";
import { standinMasterKey } from "./standin-master-key";

/** Stand-in for the NHIA card-authentication service: knows the master key, like a SAM. */
export function standinCardAuthService(databaseUrl?: string): CardAuthService {
  return {
    async verifyResponse(cardNumber, nonce, response) {
      if (!CARD_NUMBER_PATTERN.test(cardNumber) || !RESPONSE_PATTERN.test(response)) return false;
      const expected = cardResponse(cardSecret(standinMasterKey(databaseUrl), cardNumber), nonce, cardNumber);
      return safeEqual(expected, response);
    },
  };
}
