/**
 * Dates and money as people read them in each language. Pure and built from the Day string's
 * own parts (never `new Date(day)` + local getters), so the output cannot drift by a day with
 * the server's or the browser's time zone.
 */
import { assertDay, weekdayOf, type Day } from "@/lib/rules";
import type { Locale } from "./locale";

const ZH_WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"] as const;
const EN_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const EN_MONTHS = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
] as const;

/** Month and day-of-month as numbers; assertDay rejects "2020-02-30" and other non-dates. */
function monthAndDay(day: Day): { month: number; date: number } {
  assertDay(day);
  const [, mm, dd] = day.split("-");
  return { month: Number(mm), date: Number(dd) };
}

/** "2020-03-12" → "3月12日（四）" (zh-TW, full-width brackets) or "Thu 12 Mar" (en). */
export function formatDay(day: Day, locale: Locale): string {
  const { month, date } = monthAndDay(day);
  const weekday = weekdayOf(day);
  if (locale === "zh-TW") return `${month}月${date}日（${ZH_WEEKDAYS[weekday]}）`;
  return `${EN_WEEKDAYS[weekday]} ${date} ${EN_MONTHS[month - 1]}`;
}

/** Whole NTD: "22 元" in Chinese, "NT$22" in English (how prices were quoted in 2020). */
export function formatMoney(amount: number, locale: Locale): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Invalid NTD amount ${amount}`);
  const digits = amount.toLocaleString("en-US"); // thousands separators read the same in both
  return locale === "zh-TW" ? `${digits} 元` : `NT$${digits}`;
}

/**
 * Wall-clock time in Taipei of an ISO instant, e.g. "2020-03-12T01:00:00.000Z" → "09:00".
 * Taiwan has had no daylight saving since 1980, so a fixed +8 h offset is exact.
 */
export function formatTaipeiTime(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant ${JSON.stringify(isoInstant)}`);
  const minutesPerDay = 24 * 60;
  const minutes = Math.floor((ms + 8 * 3_600_000) / 60_000);
  const minutesOfDay = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay; // also < 1970
  const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, "0");
  const mm = String(minutesOfDay % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}
