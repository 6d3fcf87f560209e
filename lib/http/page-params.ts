import { isStorableText } from "@/lib/validation/fields";

/**
 * Page guards for query parameters (issue 7 item 4). A page's `searchParams` come straight from the
 * URL: a value may be repeated (`?a=1&a=2` gives an array), hold a NUL byte, or be huge. Pages read
 * each one through here and treat anything odd as absent, so no URL reaches a query and answers 500.
 */
export function queryText(value: string | string[] | undefined, max = 200): string | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  if (!v || v.length > max || !isStorableText(v)) return undefined;
  return v;
}

/**
 * A message picked by a query parameter (`?error=CODE`): only the table's own keys count, so
 * `?error=__proto__` or `?error=constructor` is an unknown code, not Object.prototype rendered (a 500).
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string | null | undefined): T | undefined {
  return key && Object.hasOwn(table, key) ? table[key] : undefined;
}
