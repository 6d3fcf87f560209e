/**
 * The response headers that protect every page (issue 7 item 6, D55, D56), as pure functions so the
 * policy is unit-tested; proxy.ts applies them per request.
 */

/**
 * Defence in depth for every answer (next.config.ts sets them on Next's; the intake fast path on its
 * own): no framing (clickjacking of the order and payment forms), no MIME sniffing, no full URLs
 * (with their query strings) leaked to other sites.
 */
export const BASE_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];

/** The policy of an answer that is data, not a page (the intake fast path's JSON): nothing may load or frame it. */
export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Paths that exist only in local use (the stand-ins and the demo's inboxes): 404 elsewhere (D52). */
export function isLocalOnlyPath(pathname: string): boolean {
  return /^\/(dev|standins|api\/standins)(\/|$)/i.test(pathname);
}

/**
 * A nonce-based policy (Next attaches the nonce to its own scripts and inline styles when it finds
 * the policy on the request): scripts only with this response's nonce ('strict-dynamic' lets those
 * load Next's chunks), no inline style attributes, no plugins, no framing, forms post only here.
 * In development React needs eval for its error overlays. Outside local use, http: subresources
 * are upgraded. Violations are reported to /api/csp-report (logged; checked by the e2e run).
 */
export function contentSecurityPolicy(nonce: string, opts: { development: boolean; local: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.local ? [] : ["upgrade-insecure-requests"]),
    "report-uri /api/csp-report",
  ].join("; ");
}

/** Two years, subdomains included: browsers then never try http:// for this site (production only). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}
