/**
 * The typed dictionaries. No i18n library: two plain objects of one shape, picked by locale.
 * Pages call `getMessages(await getLocale())` and pass the slices they need to components.
 */
import { en } from "./dictionaries/en";
import { zhTW, type Messages } from "./dictionaries/zh-TW";
import type { Locale } from "./locale";

export type { Messages };

export const messages: Record<Locale, Messages> = { "zh-TW": zhTW, en };

export function getMessages(locale: Locale): Messages {
  return messages[locale];
}
