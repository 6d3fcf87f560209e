/**
 * The client address rate limits are keyed by: the first `x-forwarded-for` entry (set by the
 * reverse proxy in front of `next start`), or "local" when there is none (a direct local call).
 */
export function clientAddress(req: Request): string {
  const first = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "local";
}
