import { normalizeTyped } from "@/lib/validation/fields";

/**
 * How an ID number typed by a person is stored and looked up: trimmed, ASCII letters upper-cased
 * (the same normalisation as lib/rules checkIdNumber, which only checks and does not return it).
 */
export function normalizeIdNumber(input: string): string {
  return normalizeTyped(input);
}
