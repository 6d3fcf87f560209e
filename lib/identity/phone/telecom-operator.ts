import { standinTelecomOperator } from "./standin-telecom";
import type { TelecomOperator } from "./telecom";

/**
 * The one place that picks the telecom adapter. Only the stand-in exists; production refuses to
 * start with stand-ins unless allowed (instrumentation.ts), so nothing else needs checking here.
 * A real operator: add its adapter file and choose it here from lib/env.
 */
export function telecomOperator(): TelecomOperator {
  return standinTelecomOperator;
}
