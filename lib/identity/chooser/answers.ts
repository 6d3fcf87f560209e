/**
 * The questionnaire travels as a plain GET query (it works without JavaScript):
 * `?national=yes&own=yes&reader=no&cert=no&prefer=phone`. Pure parsing: the page renders the
 * result when every needed answer is there, and points at the missing ones otherwise. Nationals
 * answer all five; for foreign residents the own-number and certificate questions do not apply
 * (I8), so they may be left out.
 *
 * The form also sends `asked=1` (a hidden field, issue 9 item 6): a submission with nothing chosen is
 * then "incomplete" — every question missing, each pointed out — while a first visit (no query)
 * stays "empty". Answers without `asked` (a shared link) count as submitted too.
 */
import type { Answers } from "./recommend";

export const QUESTIONS = ["national", "own", "reader", "cert", "prefer"] as const;
export type Question = (typeof QUESTIONS)[number];
export type Query = Partial<Record<string, string | string[] | undefined>>;

export type Parsed =
  | { state: "empty" }
  | { state: "incomplete"; missing: Question[]; given: Partial<Record<Question, string>> }
  | { state: "complete"; answers: Answers; given: Partial<Record<Question, string>> };

const YES_NO = ["yes", "no"];
const ALLOWED: Record<Question, string[]> = { national: YES_NO, own: YES_NO, reader: YES_NO, cert: YES_NO, prefer: ["phone", "computer"] };

/** The hidden field that marks the form as submitted. */
export const ASKED = "asked";

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export function parseAnswers(query: Query): Parsed {
  const given: Partial<Record<Question, string>> = {};
  for (const q of QUESTIONS) {
    const v = one(query[q]);
    if (v !== undefined && ALLOWED[q].includes(v)) given[q] = v;
  }
  if (Object.keys(given).length === 0 && one(query[ASKED]) === undefined) return { state: "empty" };
  const foreign = given.national === "no";
  const needed = QUESTIONS.filter((q) => !(foreign && (q === "own" || q === "cert")));
  const missing = needed.filter((q) => given[q] === undefined);
  if (missing.length > 0) return { state: "incomplete", missing, given };
  return {
    state: "complete",
    given,
    answers: {
      national: given.national === "yes",
      ownMonthlyNumber: !foreign && given.own === "yes",
      cardReader: given.reader === "yes",
      citizenCert: !foreign && given.cert === "yes",
      prefer: given.prefer === "computer" ? "computer" : "phone",
    },
  };
}
