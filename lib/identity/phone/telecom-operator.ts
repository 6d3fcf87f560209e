import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { operatorTelecom } from "./operator-telecom";
import { standinTelecomOperator } from "./standin-telecom";
import type { TelecomOperator } from "./telecom";

/**
 * The one place that picks the telecom adapter, by EMASK_TELECOM_ADAPTER (D51, D59): "standin"
 * (local use only), "operator" (a real operator's URL and published keys), or "off" (the phone
 * path answers 503 TELECOM_UNAVAILABLE; people use the other ways).
 */
const UNAVAILABLE = () =>
  new AppError("TELECOM_UNAVAILABLE", "UNAVAILABLE", {
    "zh-TW": "目前無法向電信業者確認門號，請改用其他驗證方式。",
    en: "The telecom operator cannot be reached. Please use another way to verify.",
  });

const SWITCHED_OFF: TelecomOperator = {
  get assertionUrl(): string {
    throw UNAVAILABLE();
  },
  publicKey: () => null,
};

let operator: TelecomOperator | undefined;

export function telecomOperator(): TelecomOperator {
  const e = env();
  switch (e.adapters.EMASK_TELECOM_ADAPTER) {
    case "standin":
      return standinTelecomOperator;
    case "operator":
      operator ??= operatorTelecom(e.EMASK_TELECOM_ASSERTION_URL!, e.EMASK_TELECOM_KEYS_DIR!);
      return operator;
    default:
      return SWITCHED_OFF;
  }
}
