import { z } from "zod";

/**
 * The shared field helpers every zod schema builds on (issue 7 item 4), so bad input is refused at
 * parse time with 422 instead of reaching PostgreSQL (which rejects a NUL byte in text with an
 * error that used to surface as 500):
 * - `text()`: a string with no NUL byte and no unpaired UTF-16 surrogate (neither can be stored
 *   as UTF-8 text, and no legitimate form field contains one);
 * - `recordId()`: a record id (our ids are UUIDs); anything else is a validation error, never a query.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(s: string): boolean {
  return !UNSTORABLE.test(s);
}

export function text() {
  return z.string().refine(isStorableText, { message: "Contains a character that is not allowed" });
}

export function recordId() {
  return z.uuid({ message: "Not a valid id" });
}

/**
 * What a person types as an ID number, NHI card number, phone number or code (issue 9 item 3):
 * many Taiwanese keyboards type full-width forms (`Ａ１２３４５６７８９`, `０９１２…`). NFKC folds
 * them to ASCII, then surrounding space is trimmed and letters are upper-cased, so every boundary
 * sees one spelling. Phone punctuation is the phone schemas' own business.
 */
export function normalizeTyped(s: string): string {
  return s.normalize("NFKC").trim().toUpperCase();
}

/** `text()` then `normalizeTyped`: the base of every ID, card, phone and code field. */
export function typed() {
  return text().transform(normalizeTyped);
}

/** An ID number or resident certificate number as typed (the rules check its shape and check digit). */
export function idNumberField(max = 12) {
  return typed().pipe(z.string().min(1, { message: "Enter the ID number" }).max(max, { message: "An ID number has 10 characters" }));
}

/** An NHI card number: 12 digits; spaces and hyphens between groups are ignored. */
export function cardNumberField() {
  return typed()
    .transform((s) => s.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12}$/, { message: "An NHI card number has 12 digits" }));
}

/** A phone number matching `pattern` once spaces, hyphens and brackets are dropped. */
export function phoneField(pattern: RegExp, message = "Enter the phone number as 09 and 8 digits") {
  return typed()
    .transform((s) => s.replace(/[\s\-()]/g, ""))
    .pipe(z.string().regex(pattern, { message }));
}

/** A code read off a screen, SMS or slip (device code, payment or pickup code): spaces and hyphens ignored. */
export function codeField(max = 32) {
  return typed()
    .transform((s) => s.replace(/[\s-]/g, ""))
    .pipe(z.string().max(max));
}
