import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client's address, for rate limits (issue 7 item 2). Nothing the client sends decides it:
 * - the peer is the TCP socket's address, which scripts/server.mjs writes into SOCKET_ADDRESS_HEADER
 *   (overwriting whatever the client sent; Next's route handlers do not expose the socket);
 * - only when that peer is a configured trusted proxy (EMASK_TRUSTED_PROXIES, none by default) is
 *   `X-Forwarded-For` read, right to left, and the first hop that is not a trusted proxy is the
 *   client — hops further left were written by the client and prove nothing.
 * Without the server script (plain `next dev`) the address is unknown: "unknown", one shared bucket.
 */
export const SOCKET_ADDRESS_HEADER = "x-emask-socket-address";

export type AddressSettings = { trustedProxies: readonly string[]; socketHeader: boolean };

function settingsFromEnv(): AddressSettings {
  const e = env();
  return { trustedProxies: e.EMASK_TRUSTED_PROXIES, socketHeader: e.EMASK_SOCKET_ADDRESS_HEADER === "1" };
}

/** "::ffff:203.0.113.5" → "203.0.113.5"; anything that is not an IP address → null. */
export function normalizeIp(raw: string | null | undefined): string | null {
  const v = raw?.trim().toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return v && isIP(v) !== 0 ? v : null;
}

export function clientAddress(headers: Headers, settings: AddressSettings = settingsFromEnv()): string {
  const peer = settings.socketHeader ? normalizeIp(headers.get(SOCKET_ADDRESS_HEADER)) : null;
  if (!peer) return "unknown";
  const trusted = new Set(settings.trustedProxies.map((a) => normalizeIp(a)).filter(Boolean));
  if (!trusted.has(peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    // A trusted proxy writes a real address; garbage means the client wrote it: stop at the proxy.
    if (!hop) return peer;
    if (!trusted.has(hop)) return hop;
  }
  return peer; // every hop is a trusted proxy (a health check from the proxy itself)
}
