/**
 * O1: online pre-order sells adult masks only, and a child's identity cannot buy them.
 * "Child" means under the round's adult age [decision]; DEFAULT_ADULT_AGE is the product default.
 */
import { compareDays, type Day } from "./day";

/**
 * Product default for a round's adult age. In Taiwan in 2020 children's masks were for children
 * under 12, so from 12 a person counts as an adult buyer. Rounds may override it (O1 decision).
 */
export const DEFAULT_ADULT_AGE = 12;

/**
 * Age in whole years on day `on`. A person turns N on their birthday. Someone born on Feb 29
 * turns a year older on Mar 1 in common years: under the Civil Code (arts. 121, 124) a period
 * ending in a month without that day ends on the month's last day (Feb 28), so the new age
 * begins the next day. Comparing (month, day) as strings gives exactly that: "02-28" < "02-29"
 * (not yet), "03-01" > "02-29" (yes).
 */
export function ageOn(birthDate: Day, on: Day): number {
  if (compareDays(on, birthDate) < 0) {
    throw new RangeError(`ageOn: day ${JSON.stringify(on)} is before birth date ${JSON.stringify(birthDate)}`);
  }
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const birthdayReached = on.slice(5) >= birthDate.slice(5);
  return birthdayReached ? years : years - 1;
}

/** O1: true when the person is at least `adultAge` whole years old on `on`. */
export function isAdult(birthDate: Day, on: Day, adultAge: number): boolean {
  requireAdultAge(adultAge);
  return ageOn(birthDate, on) >= adultAge;
}

/**
 * O1 as a bound: the latest birth date of someone who is at least `adultAge` on `on` — so
 * isAdult(b, on, adultAge) exactly when b <= adultIfBornBy(on, adultAge) (tested day by day). It is
 * `on` moved back `adultAge` years; Feb 29 of a common year becomes Feb 28, as ageOn counts it.
 * Lets a database statement apply the rule to a birth date it reads (the order intake, D176).
 */
export function adultIfBornBy(on: Day, adultAge: number): Day {
  requireAdultAge(adultAge);
  const year = Number(on.slice(0, 4)) - adultAge;
  const monthDay = on.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}

function requireAdultAge(adultAge: number): void {
  if (!Number.isSafeInteger(adultAge) || adultAge < 0) {
    throw new RangeError(`Invalid adult age ${String(adultAge)}: expected a non-negative integer`);
  }
}
