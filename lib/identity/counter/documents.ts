/**
 * I7: which documents counter staff must have seen before registering someone. Pure.
 * Nationals: their own NHI card, ID card (身分證) and household register (戶口名簿), as the seed
 * says. Foreign residents have neither an ID card nor a household register: their resident
 * certificate (居留證) stands for both — it is what identifies them, and it is what the web
 * registration (I3) asks about instead of the household number.
 */
export const DOCUMENTS = ["nhiCard", "idCard", "householdRegister", "residentCertificate"] as const;
export type Document = (typeof DOCUMENTS)[number];
export type DocumentsSeen = Record<Document, boolean>;

export type HolderKind = "national" | "resident" | "resident-legacy";

export function requiredDocuments(kind: HolderKind): Document[] {
  return kind === "national" ? ["nhiCard", "idCard", "householdRegister"] : ["nhiCard", "residentCertificate"];
}

/** The required documents not ticked as seen, in a fixed order (empty: all seen). */
export function missingDocuments(kind: HolderKind, seen: DocumentsSeen): Document[] {
  return requiredDocuments(kind).filter((d) => !seen[d]);
}
