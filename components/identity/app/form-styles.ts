/** Shared classes of the app's forms: labelled inputs, 44px tap targets, visible focus. */
export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";
export const primaryButtonClass =
  "min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
export const secondaryButtonClass =
  "min-h-11 w-full rounded-md border border-slate-500 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
export const alertClass = "rounded-md border border-red-700 bg-red-50 p-3 text-red-800";
export const linkClass = "inline-flex min-h-11 items-center font-semibold text-blue-700 underline underline-offset-2";

export type ApiError = { code: string; message: string; fields?: Record<string, string[]> };

/** POST JSON to our own API; a refusal comes back as { error: { code, message } }. */
export async function postJson<T>(url: string, body: unknown, fallback: string): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = await res.json().catch(() => null);
    if (res.ok && data) return { ok: true, data: data as T };
    const error = (data as { error?: ApiError } | null)?.error;
    return { ok: false, error: error?.message ? error : { code: "INTERNAL", message: fallback } };
  } catch {
    return { ok: false, error: { code: "NETWORK", message: fallback } };
  }
}
