/**
 * Browser-side calls of the certificate sign-in: our server (challenge, verify) and the local
 * signing component. The real component is a service on the person's own computer (HiPKI-like);
 * here a stand-in under /api/standins/moica-signer speaks the same small protocol, so using the
 * real one means changing SIGNER_BASE (and its transport), not the flow.
 */
export const SIGNER_BASE = "/api/standins/moica-signer";

export type ApiError = { code: string; message: string; details?: Record<string, unknown> };
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
export type ReaderCard = { card: string; holder: string; issuer: string };

async function call<T>(url: string, init: RequestInit | undefined, offline: string): Promise<Result<T>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: offline } };
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: ApiError }) | null;
  if (res.ok && body) return { ok: true, data: body };
  return { ok: false, error: body?.error ?? { code: `HTTP_${res.status}`, message: offline } };
}

const post = <T>(url: string, body: unknown, offline: string) => call<T>(url, { method: "POST", body: JSON.stringify(body) }, offline);

export const certificateApi = {
  challenge: (idNumber: string, offline: string) =>
    post<{ challenge: string; expiresAt: string }>("/api/verify/certificate/challenge", { idNumber }, offline),
  verify: (body: { challenge: string; idNumber: string; signature: string }, offline: string) =>
    post<{ ticket: string }>("/api/verify/certificate", body, offline),
};

export const localSigner = {
  cards: (offline: string) => call<{ cards: ReaderCard[] }>(`${SIGNER_BASE}/cards`, undefined, offline),
  sign: (body: { card: string; pin: string; nonce: string }, offline: string) =>
    post<{ signature: string }>(`${SIGNER_BASE}/sign`, body, offline),
};
