/**
 * The order-intake fast path (D84): scripts/server.mjs hands `POST /api/orders` here before Next.
 *
 * At 09:00 on opening day nearly every request is this one, and Next's per-request machinery (the
 * proxy, a Web Request built from the Node request, route matching, async-context tracking) cost
 * several times the CPU of the order itself: the app took 167 orders/s where a plain node:http
 * server on the same database took 1,459 (docs/scaling.md). This path runs the very function the
 * Next route handler runs (lib/orders/intake.ts: same-origin check, session, schemas, placeOrder,
 * error model) and answers with the headers Next's answers carry, minus the page-only ones. It is
 * bundled on its own by `npm run build` (scripts/build-intake.mjs) because server.mjs is plain
 * JavaScript; everything from node_modules stays shared with Next's bundle in the same process.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { parseCookieHeader } from "@/lib/auth/session-cookie";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";
import { placeOrderRequest } from "@/lib/orders/intake";
import { errorBody } from "./error-body";
import { BASE_HEADERS, DATA_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from "./security-headers";

export const INTAKE_PATH = "/api/orders";
/** An order body is two ids (~90 bytes); anything far larger is not one. */
export const INTAKE_BODY_LIMIT = 16 * 1024;

const TOO_LARGE = new AppError("TOO_LARGE", "TOO_LARGE", { "zh-TW": "請求內容過大。", en: "The request body is too large." });

/** Is this the request the fast path answers? Exactly `POST /api/orders` (any query string); all else goes to Next. */
export function isIntakeRequest(method: string | undefined, url: string | undefined): boolean {
  if (method !== "POST" || !url) return false;
  const q = url.indexOf("?");
  return (q < 0 ? url : url.slice(0, q)) === INTAKE_PATH;
}

export async function serveIntake(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const header = (name: string): string | null => {
    const v = req.headers[name];
    return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
  };
  let answer: { status: number; body: unknown };
  try {
    const body = await readBody(req, INTAKE_BODY_LIMIT);
    answer = body === null
      ? errorBody(TOO_LARGE, parseLocale(parseCookieHeader(header("cookie")).find((c) => c.name === LOCALE_COOKIE)?.value))
      : await placeOrderRequest({ header, body });
  } catch (e) {
    answer = errorBody(e); // an aborted upload, or a bug: the error model, never a stack trace
  }
  if (res.headersSent || res.destroyed) return;
  const json = JSON.stringify(answer.body);
  res.statusCode = answer.status;
  for (const { key, value } of BASE_HEADERS) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", DATA_CONTENT_SECURITY_POLICY);
  if (!env().local) res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Content-Length", Buffer.byteLength(json));
  res.end(json);
}

/** The body as text, or null once it passes `limit` bytes (the rest is not read into memory). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => { if (!over) resolve(Buffer.concat(chunks).toString("utf8")); });
    req.on("error", reject);
  });
}
