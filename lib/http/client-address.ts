/**
 * The client's address, for rate limits: the first `x-forwarded-for` entry (set by the reverse
 * proxy in front of `next start`), or "local" when there is none (development, tests).
 */
export function clientAddress(headers: Headers): string {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : "local";
}
