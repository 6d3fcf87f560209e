import type { Locale } from "@/lib/i18n/locale";

/**
 * How a store is named on the citizen's pages (issue 9 item 8): the chain is shown on its own, so the
 * store's name drops the chain's prefix ("全家大安和平店" → "大安和平店", "FamilyMart Da'an Heping
 * Store" → "Da'an Heping Store"), and the English page uses the English name and address. Pure.
 */
const PREFIXES: Record<string, { zh: string; en: string }> = {
  "7-ELEVEN": { zh: "7-ELEVEN", en: "7-ELEVEN " },
  FAMILYMART: { zh: "全家", en: "FamilyMart " },
  HILIFE: { zh: "萊爾富", en: "Hi-Life " },
  OKMART: { zh: "OK", en: "OK mart " },
};

export function storeName(store: { chainId: string; name: string; nameEn: string }, locale: Locale): string {
  const prefix = PREFIXES[store.chainId];
  const [name, p] = locale === "en" ? [store.nameEn || store.name, prefix?.en] : [store.name, prefix?.zh];
  return p && name.startsWith(p) && name.length > p.length ? name.slice(p.length).trim() : name;
}

export function storeAddress(store: { address: string; addressEn?: string | null }, locale: Locale): string {
  return locale === "en" && store.addressEn ? store.addressEn : store.address;
}

export function placeName(place: { zh: string; en: string }, locale: Locale): string {
  return locale === "en" ? place.en : place.zh;
}

/** The round's name in the page's language (the English one may be missing: fall back). */
export function roundName(round: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === "en" && round.nameEn ? round.nameEn : round.name;
}
