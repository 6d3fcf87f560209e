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
