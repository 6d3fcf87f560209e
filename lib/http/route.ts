import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";
import { errorResponse } from "./respond";

/**
 * Wraps every route handler: refuses cross-site requests that change state, and maps any error to
 * `{ error: { code, message } }` in the caller's language. Handlers stay: parse → authorize → call
 * one domain function → respond.
 */
type Handler<C> = (req: NextRequest, ctx: C & { locale: Locale }) => Promise<Response>;

const CROSS_SITE = new AppError("CROSS_SITE", "FORBIDDEN", {
  "zh-TW": "拒絕來自其他網站的請求。",
  en: "Requests from other sites are refused.",
});

/**
 * A path (or query) whose percent-encoding is not valid UTF-8, e.g. `/api/rounds/%ED%A0%80/draw`:
 * decoding it throws URIError, which named no resource and is the client's fault — 400, not 500
 * (issue 7 item 4, decision D40).
 */
export const BAD_PATH = new AppError("BAD_PATH", "BAD_REQUEST", {
  "zh-TW": "網址的編碼不正確。",
  en: "The address is not validly encoded.",
});

export function route<C = object>(handler: Handler<C>) {
  return async (req: NextRequest, ctx: C): Promise<Response> => {
    const locale = parseLocale(req.cookies.get(LOCALE_COOKIE)?.value);
    try {
      if (!["GET", "HEAD", "OPTIONS"].includes(req.method)) assertSameOrigin(req);
      assertDecodablePath(req);
      return await handler(req, { ...ctx, locale });
    } catch (e) {
      return errorResponse(e instanceof URIError ? BAD_PATH : e, locale);
    }
  };
}

/** Refuse before any handler runs when a path segment cannot be decoded (its params would throw). */
function assertDecodablePath(req: NextRequest): void {
  try {
    for (const segment of req.nextUrl.pathname.split("/")) decodeURIComponent(segment);
  } catch {
    throw BAD_PATH;
  }
}

/** CSRF defence for cookie-authenticated calls: a browser names the page's origin; it must be ours. */
function assertSameOrigin(req: NextRequest): void {
  if (req.headers.get("sec-fetch-site") === "cross-site") throw CROSS_SITE;
  const origin = req.headers.get("origin");
  if (!origin) return; // not a browser (server-to-server callers authenticate otherwise)
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw CROSS_SITE;
  }
  if (originHost !== host) throw CROSS_SITE;
}

/** Parse a JSON body with a zod schema: bad JSON and bad fields are both 422 VALIDATION. */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    throw new AppError("VALIDATION", "VALIDATION", { "zh-TW": "請求內容不是有效的 JSON。", en: "The request body is not valid JSON." });
  }
  return schema.parse(raw);
}

export function json<T>(body: T, status = 200): NextResponse<T> {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}
