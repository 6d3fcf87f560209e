import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

/**
 * Checks that run before Next routes a request (proxy.ts), for malformed requests that would
 * otherwise fail inside Next itself — before any route wrapper or page guard of ours could map
 * them — and answer 500 (issue 7 item 4, decision D40):
 *
 * 1. A path whose percent-encoding is not valid UTF-8 (`/api/rounds/%ED%A0%80/draw`): Next's
 *    router throws decoding the dynamic segment. → 400 BAD_PATH.
 * 2. A server-action call (`Next-Action` header) whose argument payload is not one React's client
 *    produces for our actions (broken JSON, references to server functions, maps, streams…):
 *    React's reply decoder throws. → 400 BAD_ACTION_PAYLOAD.
 *
 * API paths get the `{ error: { code, message } }` body; pages a short bilingual text.
 */
export async function gateRequest(req: NextRequest): Promise<NextResponse | null> {
  if (!pathDecodes(req.nextUrl.pathname)) return refuse(req, "BAD_PATH", "網址的編碼不正確。", "The address is not validly encoded.");
  if (req.method === "POST" && req.headers.has("next-action") && !(await actionPayloadPlausible(req))) {
    return refuse(req, "BAD_ACTION_PAYLOAD", "請求內容格式不正確。", "The request is malformed.");
  }
  return null;
}

export function pathDecodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Our actions take (formData) or (previousState, formData): the root model "0" is a JSON array of
 * plain JSON values, FormData references ("$K<n>") and the few scalar encodings React uses
 * ("$undefined", "$$…" for a literal dollar, "$D" dates, "$n" bigints, "$-0", "$NaN", "$Infinity",
 * "$-Infinity"). Anything else is not a call our pages make.
 */
const ALLOWED_REF = /^\$(K[0-9a-f]+|undefined|\$.*|D.*|n-?\d+|-0|NaN|-?Infinity)$/s;

function plainModel(v: unknown): boolean {
  if (typeof v === "string") return !v.startsWith("$") || ALLOWED_REF.test(v);
  if (Array.isArray(v)) return v.every(plainModel);
  if (v !== null && typeof v === "object") return Object.values(v).every(plainModel);
  return true;
}

async function actionPayloadPlausible(req: NextRequest): Promise<boolean> {
  const type = req.headers.get("content-type") ?? "";
  let root: string | null;
  try {
    if (type.startsWith("multipart/form-data")) {
      const value = (await req.clone().formData()).get("0");
      root = typeof value === "string" ? value : null;
    } else {
      root = await req.clone().text(); // a call without FormData sends the model as the body
    }
  } catch {
    return false; // not a parsable body at all
  }
  if (root === null) return false;
  try {
    const model = JSON.parse(root) as unknown;
    return Array.isArray(model) && plainModel(model);
  } catch {
    return false;
  }
}

function refuse(req: NextRequest, code: string, zh: string, en: string): NextResponse {
  if (req.nextUrl.pathname.startsWith("/api/")) {
    const english = req.cookies.get(LOCALE_COOKIE)?.value === "en";
    return NextResponse.json({ error: { code, message: english ? en : zh } }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  return new NextResponse(`${zh}\n${en}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
