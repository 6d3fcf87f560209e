import { baseUrl, type Session } from "./principals";

/** One HTTP exchange with the running app, as a browser or API client would send it. */
export type Outcome = { status: number; location: string | null; contentType: string; body: string };

async function outcome(res: Response): Promise<Outcome> {
  // A fetch-style action answers a redirect with 200 + `x-action-redirect` (a form post: 303 + Location).
  const location = res.headers.get("location") ?? res.headers.get("x-action-redirect");
  return { status: res.status, location, contentType: res.headers.get("content-type") ?? "", body: await res.text() };
}

/** Call a route. `path` is sent as written (it may hold deliberately bad percent-encodings). */
export async function callRoute(session: Session, method: string, path: string, body?: string | null, extraHeaders: Record<string, string> = {}): Promise<Outcome> {
  const headers: Record<string, string> = { cookie: session.cookie, ...extraHeaders };
  if (session.authorization) headers.authorization = session.authorization;
  if (body !== undefined && body !== null) headers["content-type"] ??= "application/json";
  const res = await fetch(`${baseUrl()}${path}`, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : (body ?? undefined), redirect: "manual" });
  return outcome(res);
}

/**
 * Invoke a server action the way Next's client does: POST to a page that uses it, with the
 * `Next-Action` header and the arguments in React's reply encoding — a FormData argument is "$K1"
 * in the root model "0", its entries sent as "_1_<name>" (React 19.3 reply encoding).
 */
export async function callAction(session: Session, actionId: string, page: string, args: "form" | "state" | "none", fields: [string, string][], rawModel?: string): Promise<Outcome> {
  const form = new FormData();
  const model = args === "form" ? ["$K1"] : args === "state" ? [null, "$K1"] : [];
  for (const [k, v] of fields) form.append(`_1_${k}`, v);
  // The root model goes last, as React's client sends it: the server decodes the stream in order,
  // and "$K1" only sees the entries that arrived before it.
  form.append("0", rawModel ?? JSON.stringify(model));
  const res = await fetch(`${baseUrl()}${page}`, {
    method: "POST",
    headers: { cookie: session.cookie, "next-action": actionId, origin: baseUrl(), accept: "text/x-component" },
    body: form,
    redirect: "manual",
  });
  return outcome(res);
}

/** Our API error shape: `{ error: { code: string, message: string } }`. */
export function hasErrorShape(o: Outcome): boolean {
  try {
    const parsed = JSON.parse(o.body) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === "string" && typeof parsed.error.message === "string";
  } catch {
    return false;
  }
}
