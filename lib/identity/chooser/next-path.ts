/**
 * `?next=` comes from the URL: only a same-site path may pass (no "//evil.example", no "/\\…").
 * Pure, so server pages and the client sign-in hook (safeNext) share the one rule.
 */
export function safeNextPath(next: string | string[] | null | undefined): string | null {
  const v = Array.isArray(next) ? next[0] : next;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : null;
}

/** `href` with `next` passed on, when there is one. */
export function withNext(href: string, next: string | null): string {
  if (!next) return href;
  return `${href}${href.includes("?") ? "&" : "?"}next=${encodeURIComponent(next)}`;
}
