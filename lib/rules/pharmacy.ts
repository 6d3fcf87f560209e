/**
 * O2: at pharmacies (not online) days were split by the last digit of the ID number, to spread
 * the queues. Online pre-order ignores this rule; the product needs it only to explain the
 * pharmacy side of the shared 7-day ledger.
 */
import { weekdayOf, type Day } from "./day";
import { checkIdNumber } from "./id-number";

/**
 * O2 [decision]: odd last digit → Mon/Wed/Fri; even (0 included) → Tue/Thu/Sat; Sunday everyone.
 * An invalid ID number throws instead of answering: any answer about it would be a guess.
 */
export function pharmacyDayAllowed(idNumber: string, day: Day): boolean {
  const weekday = weekdayOf(day); // validates the day first
  const check = checkIdNumber(idNumber);
  if (!check.ok) {
    // The number itself is personal data (I2), so it is not echoed into error messages / logs.
    throw new RangeError(
      `pharmacyDayAllowed: invalid ID number (${check.code}); the pharmacy day rule needs a valid one`,
    );
  }
  if (weekday === 0) return true; // Sunday: everyone
  const lastDigit = Number(idNumber.trim().slice(-1));
  // Mon=1, Wed=3, Fri=5 are odd weekdays; Tue=2, Thu=4, Sat=6 even — parities line up.
  return weekday % 2 === lastDigit % 2;
}
