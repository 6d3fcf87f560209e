import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, parseLocale, type Locale } from "./locale";

/**
 * The visitor's language for this request, from the `emask-lang` cookie. Kept apart from
 * ./locale.ts because `cookies()` only exists inside a Next request; reading it also makes
 * the route dynamic, which the pages want anyway (the round changes by day).
 */
export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return parseLocale(store.get(LOCALE_COOKIE)?.value);
}
