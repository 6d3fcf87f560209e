/**
 * I2: Taiwan national ID numbers (身分證字號) and resident certificate numbers (居留證統一證號).
 *
 * All three formats share one weighted checksum, so a typo in any single digit is caught before
 * a person is looked up. This module only checks the *shape* of a number; whether the person
 * exists is someone else's job.
 */
import { assertDay, compareDays, type Day } from "./day";

export type IdNumberCheck =
  | { ok: true; kind: "national" | "resident" | "resident-legacy"; sex: "male" | "female" }
  | { ok: false; code: "FORMAT" | "CHECKSUM" };

/** The old two-letter resident form stays valid until this day inclusive (I2). */
export const LEGACY_RESIDENT_VALID_UNTIL: Day = "2030-12-31";

/**
 * Area letter → two-digit code. Not alphabetical after H: I, O, W, X, Y, Z were added later
 * and got the codes left over, so the table must be spelled out.
 */
const LETTER_CODES: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

const NATIONAL = /^[A-Z][12]\d{8}$/;
const RESIDENT = /^[A-Z][89]\d{8}$/;
const LEGACY = /^[A-Z][A-D]\d{8}$/;
/** First nine characters of any of the three forms (for completeIdNumber). */
const FIRST_NINE = /^[A-Z]([1289]|[A-D])\d{7}$/;

/**
 * Trim, then upper-case ASCII letters only. String#toUpperCase would also turn "ı" (dotless i)
 * into "I" and "ſ" (long s) into "S", accepting characters no ID card carries.
 */
/** NFKC first (issue 9 item 3): a full-width "Ａ１２３４５６７８９" is the same number. */
function normalize(input: string): string {
  return input.normalize("NFKC").trim().replace(/[a-z]/g, (c) => c.toUpperCase());
}

function code(letter: string): number {
  const c = LETTER_CODES[letter];
  if (c === undefined) throw new RangeError(`Not an area letter: ${JSON.stringify(letter)}`);
  return c;
}

/**
 * Weighted sum of the first nine characters: the area code's tens ×1 and units ×9, then
 * characters 2–9 (eight of them) ×8, 7, 6, 5, 4, 3, 2, 1. In the legacy form the second
 * character is a letter A–D and counts as its code's units digit (A→0 … D→3).
 * The check digit (character 10, weight 1) is added by the caller.
 */
function weightedSum(first9: string): number {
  const area = code(first9.charAt(0));
  let sum = Math.floor(area / 10) * 1 + (area % 10) * 9;
  for (let i = 1; i <= 8; i++) {
    const ch = first9.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : code(ch) % 10;
    sum += value * (9 - i); // i = 1 → ×8 … i = 8 → ×1
  }
  return sum;
}

/** I2: format and check digit of an ID or resident number. Ignores surrounding spaces and case. */
export function checkIdNumber(input: string): IdNumberCheck {
  if (typeof input !== "string") return { ok: false, code: "FORMAT" };
  const id = normalize(input);
  const second = id.charAt(1);
  let result: IdNumberCheck;
  if (NATIONAL.test(id)) {
    result = { ok: true, kind: "national", sex: second === "1" ? "male" : "female" };
  } else if (RESIDENT.test(id)) {
    result = { ok: true, kind: "resident", sex: second === "8" ? "male" : "female" };
  } else if (LEGACY.test(id)) {
    // A and C were issued to men, B and D to women.
    const male = second === "A" || second === "C";
    result = { ok: true, kind: "resident-legacy", sex: male ? "male" : "female" };
  } else {
    return { ok: false, code: "FORMAT" };
  }
  const total = weightedSum(id.slice(0, 9)) + Number(id.charAt(9));
  return total % 10 === 0 ? result : { ok: false, code: "CHECKSUM" };
}

/**
 * The first nine characters plus the check digit that makes them valid — for seed factories and
 * tests that need many valid numbers. Same normalization as checkIdNumber; throws RangeError if
 * the nine characters are not the start of one of the three forms.
 */
export function completeIdNumber(first9: string): string {
  const id = typeof first9 === "string" ? normalize(first9) : "";
  if (!FIRST_NINE.test(id)) {
    throw new RangeError(
      `Invalid ID number prefix ${JSON.stringify(first9)}: expected a letter, then 1, 2, 8, 9 or A–D, then 7 digits`,
    );
  }
  return id + String((10 - (weightedSum(id) % 10)) % 10);
}

/** I2: a valid number that is still in force on `day` (legacy resident numbers end 2030-12-31). */
export function idNumberValidOn(input: string, day: Day): boolean {
  assertDay(day); // validate first: a bad day is a caller bug even when the number is bad too
  const check = checkIdNumber(input);
  if (!check.ok) return false;
  return check.kind !== "resident-legacy" || compareDays(day, LEGACY_RESIDENT_VALID_UNTIL) <= 0;
}
