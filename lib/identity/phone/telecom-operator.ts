import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { standinTelecomOperator } from "./standin-telecom";
import type { TelecomOperator } from "./telecom";

/**
 * The one place that picks the telecom adapter, by EMASK_TELECOM_ADAPTER (D51): "standin" (local
 * use only) or "off" (the phone path answers 503 TELECOM_UNAVAILABLE; people use the other ways).
 * A real operator: add its adapter file, a value in lib/env's ADAPTERS, and a case here.
 */
const SWITCHED_OFF: TelecomOperator = {
  async checkSubscriber() {
    throw new AppError("TELECOM_UNAVAILABLE", "UNAVAILABLE", {
      "zh-TW": "目前無法向電信業者確認門號，請改用其他驗證方式。",
      en: "The telecom operator cannot be reached. Please use another way to verify.",
    });
  },
};

export function telecomOperator(): TelecomOperator {
  return env().adapters.EMASK_TELECOM_ADAPTER === "standin" ? standinTelecomOperator : SWITCHED_OFF;
}
