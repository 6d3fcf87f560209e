import { dayInTaipei, type Day } from "@/lib/rules";

/**
 * The one clock. Domain code never calls `new Date()` for "now": it asks here, so the whole app
 * agrees on the time and a later change (a movable demo clock) is made in one place.
 */
export function now(): Date {
  return new Date();
}

/** Today as a calendar day in Asia/Taipei. */
export function today(): Day {
  return dayInTaipei(now());
}
