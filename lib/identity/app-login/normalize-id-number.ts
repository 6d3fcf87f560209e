/**
 * How an ID number typed by a person is stored and looked up: trimmed, ASCII letters upper-cased
 * (the same normalisation as lib/rules checkIdNumber, which only checks and does not return it).
 */
export function normalizeIdNumber(input: string): string {
  return input.trim().replace(/[a-z]/g, (c) => c.toUpperCase());
}
