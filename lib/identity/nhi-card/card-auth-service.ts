import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { standinCardAuthService } from "./standin-card-auth";
import { nhiaCardAuthService } from "./nhia-card-auth";

/**
 * The NHIA card-authentication service: tells whether `response` is what the card numbered
 * `cardNumber` answers to `nonce` (protocol.ts). Chosen by EMASK_NHI_CARD_ADAPTER (D51):
 * "standin" (local use), "nhia" (nhia-card-auth.ts) or "off" (this path answers 503).
 */
export type CardAuthService = {
  verifyResponse(cardNumber: string, nonce: string, response: string): Promise<boolean>;
};

export const CARD_SERVICE_UNAVAILABLE = new AppError("CARD_SERVICE_UNAVAILABLE", "UNAVAILABLE", {
  "zh-TW": "健保卡認證服務暫時無法使用，請稍後再試。",
  en: "The NHI card authentication service is unavailable. Please try again later.",
});

export function cardAuthService(): CardAuthService {
  const e = env();
  switch (e.adapters.EMASK_NHI_CARD_ADAPTER) {
    case "standin":
      return standinCardAuthService();
    case "nhia":
      return nhiaCardAuthService(e.EMASK_NHIA_URL!, e.EMASK_NHIA_TOKEN!);
    case "off":
      throw CARD_SERVICE_UNAVAILABLE; // switched off: refuse rather than accept anything
  }
}
