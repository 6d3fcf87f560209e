import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Any /api path no route matches: 404 in the API's own shape, `{ error: { code, message } }`,
 * instead of Next's HTML not-found page (clients and the fuzz tier read JSON from every /api answer).
 */
const UNKNOWN = new AppError("NOT_FOUND", "NOT_FOUND", { "zh-TW": "沒有這個 API。", en: "No such API." });
const notFound = route(async () => {
  throw UNKNOWN;
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
