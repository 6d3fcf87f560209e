import type { Day } from "@/lib/rules";

// PostgreSQL `date` columns reach JavaScript as a Date at UTC midnight of that calendar day.
// These two keep that mapping in one place so no local time zone can shift a day.

export function dayToDb(day: Day): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid day "${day}"`);
  return date;
}

export function dayFromDb(date: Date): Day {
  return date.toISOString().slice(0, 10);
}
