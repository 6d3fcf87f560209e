/**
 * I3/I8: a foreign resident registers for the NHI-card web service with their resident
 * certificate's issue date, expiry date and serial instead of a household number.
 * [decision] The certificate must be current: issued no later than today, expiring after it was
 * issued, and not expired — it is still valid on the expiry date printed on it.
 */
import { assertDay, compareDays, type Day } from "./day";

export type ResidentCertificateCheck =
  | { ok: true }
  | { ok: false; code: "EXPIRES_BEFORE_ISSUE" | "ISSUED_IN_FUTURE" | "EXPIRED" };

export function checkResidentCertificate(issuedOn: Day, expiresOn: Day, today: Day): ResidentCertificateCheck {
  assertDay(issuedOn);
  assertDay(expiresOn);
  assertDay(today);
  if (compareDays(expiresOn, issuedOn) <= 0) return { ok: false, code: "EXPIRES_BEFORE_ISSUE" };
  if (compareDays(issuedOn, today) > 0) return { ok: false, code: "ISSUED_IN_FUTURE" };
  if (compareDays(expiresOn, today) < 0) return { ok: false, code: "EXPIRED" };
  return { ok: true };
}
