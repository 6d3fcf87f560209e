/** Browser-side JSON calls to our API and to the card-reader component; errors come back as data. */
export type ApiError = { code: string; message: string; fields?: Record<string, string[]>; details?: Record<string, unknown> };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export async function callJson<T>(url: string, body?: unknown, networkMessage = "Network error"): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
    const json = (await res.json().catch(() => null)) as ({ error?: ApiError } & T) | null;
    if (!res.ok || !json) return { ok: false, error: json?.error ?? { code: "NETWORK", message: networkMessage } };
    return { ok: true, data: json };
  } catch {
    return { ok: false, error: { code: "NETWORK", message: networkMessage } };
  }
}
