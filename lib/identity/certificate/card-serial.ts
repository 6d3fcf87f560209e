import { createHash } from "node:crypto";

/**
 * The 16-character serial of a demo person's certificate card: 2 letters + 14 digits like the real
 * ones ("TP03" + 12 digits), derived from a hash of the ID number and the issuing CA so it is
 * deterministic (tests and the demo page can name a card) without revealing the ID number.
 */
export function demoCardSerial(idNumber: string, issuer: "moica" | "impostor"): string {
  const digest = createHash("sha256").update(`${issuer}:${idNumber}`).digest();
  const digits = BigInt(`0x${digest.subarray(0, 8).toString("hex")}`).toString().padStart(12, "0").slice(-12);
  return `TP03${digits}`;
}
