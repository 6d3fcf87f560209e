import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";
import { errorResponse } from "./respond";
import { assertSameOrigin } from "./same-origin";
import { parseJson } from "./json-body";

/**
 * Wraps every route handler: refuses cross-site requests that change state, and maps any error to
 * `{ error: { code, message } }` in the caller's language. Handlers stay: parse → authorize → call
 * one domain function → respond.
 */
type Handler<C> = (req: NextRequest, ctx: C & { locale: Locale }) => Promise<Response>;

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
      if (!["GET", "HEAD", "OPTIONS"].includes(req.method)) assertSameOrigin((name) => req.headers.get(name));
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

/** Parse a JSON body with a zod schema: bad JSON and bad fields are both 422 VALIDATION. */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  return parseJson(await req.text(), schema);
}

export function json<T>(body: T, status = 200): NextResponse<T> {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}
