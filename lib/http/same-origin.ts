import { AppError } from "@/lib/errors";

export const CROSS_SITE = new AppError("CROSS_SITE", "FORBIDDEN", {
  "zh-TW": "拒絕來自其他網站的請求。",
  en: "Requests from other sites are refused.",
});

/**
 * CSRF defence for cookie-authenticated calls that change state: a browser names the page's origin
 * (and says when a request is cross-site); it must be ours. Framework free: `header` reads one
 * request header, case-insensitively, null when absent.
 */
export function assertSameOrigin(header: (name: string) => string | null): void {
  if (header("sec-fetch-site") === "cross-site") throw CROSS_SITE;
  const origin = header("origin");
  if (!origin) return; // not a browser (server-to-server callers authenticate otherwise)
  const host = header("x-forwarded-host") ?? header("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw CROSS_SITE;
  }
  if (originHost !== host) throw CROSS_SITE;
}
