/**
 * Calendar days ("YYYY-MM-DD") in Asia/Taipei — the only unit of time the rules speak in.
 *
 * Why strings and not Date: every rule in docs/domain.md is about *days* (3/26 + 7 = 4/2), and a
 * Date is an instant whose calendar day depends on the machine's time zone. Arithmetic runs on
 * UTC-midnight timestamps, where every day is exactly 86 400 000 ms (UTC has no DST), so no local
 * zone can move a result by a day.
 */

/** A calendar day in Asia/Taipei, written "YYYY-MM-DD" (years 0001–9999). */
export type Day = string;

const MS_PER_DAY = 86_400_000;
/** Taiwan has kept UTC+8 without daylight saving since 1980, so a fixed offset is exact. */
const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function invalidDay(value: unknown): RangeError {
  return new RangeError(`Invalid day ${describe(value)}: expected a real calendar date YYYY-MM-DD`);
}

/**
 * UTC-midnight timestamp of y-m-d. Date.UTC maps years 0–99 to 1900–1999, so the year is set
 * with setUTCFullYear, which takes it literally. Out-of-range months/days roll over (Feb 30 →
 * Mar 1); callers detect that by formatting the result back.
 */
function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function formatUtc(ms: number): Day | null {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (!(y >= 1 && y <= 9999)) return null; // would not fit "YYYY"
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${mm}-${dd}`;
}

/** Timestamp of a valid Day, or null. A date is real iff it survives a round trip unchanged. */
function parse(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = DAY_PATTERN.exec(value);
  if (!m) return null;
  const ms = utcMidnight(Number(m[1]), Number(m[2]), Number(m[3]));
  return formatUtc(ms) === value ? ms : null;
}

/** UTC-midnight timestamp of a Day; throws RangeError naming the value if it is not a real date. */
export function dayToUtcMs(day: Day): number {
  const ms = parse(day);
  if (ms === null) throw invalidDay(day);
  return ms;
}

function fromUtcMs(ms: number, what: string): Day {
  const day = formatUtc(ms);
  if (day === null) throw new RangeError(`${what} falls outside the years 0001–9999`);
  return day;
}

/** True when `s` is a "YYYY-MM-DD" string naming a real calendar date (2021-02-29 is not). */
export function isDay(s: unknown): s is Day {
  return parse(s) !== null;
}

/** Throws the standard RangeError unless `day` is a valid Day. */
export function assertDay(day: unknown): asserts day is Day {
  if (parse(day) === null) throw invalidDay(day);
}

/** `day` moved by `n` whole days (n may be negative). */
export function addDays(day: Day, n: number): Day {
  const ms = dayToUtcMs(day);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Invalid number of days ${describe(n)}: expected an integer`);
  }
  return fromUtcMs(ms + n * MS_PER_DAY, `addDays(${JSON.stringify(day)}, ${n})`);
}

/** -1 if a is before b, 0 if the same day, 1 if after (usable as a sort comparator). */
export function compareDays(a: Day, b: Day): -1 | 0 | 1 {
  const d = dayToUtcMs(a) - dayToUtcMs(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** b − a in days: daysBetween("2020-03-26", "2020-04-02") === 7. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / MS_PER_DAY);
}

/** Day of the week: 0 = Sunday, 1 = Monday, …, 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(dayToUtcMs(day)).getUTCDay();
}

/**
 * The Asia/Taipei calendar day that contains `instant`. Pure arithmetic (UTC + 8 h) rather than
 * Intl, so the answer never depends on the ICU data or time zone of the machine.
 */
export function dayInTaipei(instant: Date): Day {
  const t = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(t)) {
    throw new RangeError(`Invalid instant ${describe(instant)}: expected a valid Date`);
  }
  const local = t + TAIPEI_OFFSET_MS;
  return fromUtcMs(local - (((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY), "dayInTaipei");
}
