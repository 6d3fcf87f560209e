/**
 * Which languages the site speaks, and how a raw value (a cookie, a form field) becomes one.
 * Pure on purpose: unit tests and client components can import it; reading the request's
 * cookie lives in ./get-locale.ts, which is server-only.
 */

export const LOCALES = ["zh-TW", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The site is for people in Taiwan: Traditional Chinese first, English second. */
export const DEFAULT_LOCALE: Locale = "zh-TW";

/** Cookie that remembers the visitor's choice (set by app/actions/set-language.ts). */
export const LOCALE_COOKIE = "emask-lang";

/** Each language named in itself, so a reader finds theirs whatever the page is showing. */
export const LOCALE_NAMES: Record<Locale, string> = { "zh-TW": "中文", en: "English" };

/**
 * The BCP 47 tag for `lang` attributes. "zh-Hant-TW" (not just "zh-TW") tells screen readers
 * and font fallback that the script is Traditional Chinese.
 */
export const HTML_LANG: Record<Locale, string> = { "zh-TW": "zh-Hant-TW", en: "en" };

/** Anything that is not exactly a supported locale falls back to the default, never throws. */
export function parseLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : DEFAULT_LOCALE;
}
