import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { standinCardAuthService } from "./standin-card-auth";

/**
 * The NHIA card-authentication service: tells whether `response` is what the card numbered
 * `cardNumber` answers to `nonce` (protocol.ts). Swapping in the real service is one new file
 * implementing this type and one line below.
 */
export type CardAuthService = {
  verifyResponse(cardNumber: string, nonce: string, response: string): Promise<boolean>;
};

const NOT_CONFIGURED = new AppError("CARD_SERVICE_UNAVAILABLE", "UNAVAILABLE", {
  "zh-TW": "健保卡認證服務暫時無法使用，請稍後再試。",
  en: "The NHI card authentication service is unavailable. Please try again later.",
});

export function cardAuthService(): CardAuthService {
  if (env().standinsAllowed) return standinCardAuthService();
  throw NOT_CONFIGURED; // no real adapter yet: refuse rather than accept anything
}
