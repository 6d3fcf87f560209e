/**
 * "Which way suits me?" — the seed's flow chart (口罩實名制2.0 身分認證預購方式) as a pure
 * decision. Four facts and one wish decide which ways are open:
 * - phone quick verification (I5): a national whose phone has their own monthly number with
 *   mobile data;
 * - NHI card on a computer (I3) and, after it, the device code that binds any phone (I6): a card
 *   reader (everyone insured has an NHI card);
 * - citizen certificate (I4): a national with a certificate card and a card reader;
 * - the counter (I7): always — bring the documents and the phone, or ask someone registered.
 * The wish (order on the phone or on a computer) picks the first choice among the open ways.
 * [decision] On a computer the certificate comes before the NHI card for those who have one: it
 * needs no first-use registration (household number, e-mail confirmation, password).
 */
export type Way = "PHONE" | "NHI_CARD" | "CITIZEN_CERT" | "DEVICE" | "COUNTER";

export type Answers = {
  national: boolean;
  /** Own number, monthly plan, mobile data (only asked of nationals). */
  ownMonthlyNumber: boolean;
  cardReader: boolean;
  /** Citizen digital certificate card (only asked of nationals). */
  citizenCert: boolean;
  prefer: "phone" | "computer";
};

export type Note = "FOREIGNER_I8" | "NOT_OWN_MONTHLY" | "CERT_NEEDS_READER" | "NO_READER";

export type Recommendation = { primary: Way; alternatives: Way[]; notes: Note[] };

/** Fixed order in which other open ways are listed. */
const ORDER: Way[] = ["PHONE", "DEVICE", "NHI_CARD", "CITIZEN_CERT", "COUNTER"];

export function openWays(a: Answers): Way[] {
  const open = new Set<Way>(["COUNTER"]);
  if (a.national && a.ownMonthlyNumber) open.add("PHONE");
  if (a.cardReader) {
    open.add("NHI_CARD");
    open.add("DEVICE");
    if (a.national && a.citizenCert) open.add("CITIZEN_CERT");
  }
  return ORDER.filter((w) => open.has(w));
}

export function recommend(a: Answers): Recommendation {
  const open = openWays(a);
  const first = (...ways: Way[]): Way => ways.find((w) => open.includes(w)) ?? "COUNTER";
  // On the phone: own number first, else bind the phone with a device code (needs the card on a
  // computer once), else the counter. On a computer: a certificate holder just signs with it (no
  // registration needed), everyone else uses the NHI card (first use registers once); with no
  // card reader the phone app is the way without one (Q&A 13).
  const primary = a.prefer === "phone" ? first("PHONE", "DEVICE") : first("CITIZEN_CERT", "NHI_CARD", "PHONE");
  const notes: Note[] = [];
  if (!a.national) notes.push("FOREIGNER_I8");
  if (a.national && !a.ownMonthlyNumber) notes.push("NOT_OWN_MONTHLY");
  if (a.national && a.citizenCert && !a.cardReader) notes.push("CERT_NEEDS_READER");
  if (!a.cardReader && !open.includes("PHONE")) notes.push("NO_READER");
  return { primary, alternatives: open.filter((w) => w !== primary), notes };
}
