import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { x509 } from "./crypto-libs";
import { certErrors } from "./errors";
import type { TrustMaterial, TrustStore } from "./trust-store";

/**
 * The real trust store (EMASK_CERTIFICATE_ADAPTER=moica): PEM or DER files the operator places in
 *   <dir>/roots/          the government root certificate (GRCA)
 *   <dir>/intermediates/  MOICA's certificate(s)
 *   <dir>/crls/           the current CRLs of GRCA and MOICA (refreshed by the operator's cron)
 * Read on every login, so a refreshed CRL counts at once. A missing or empty folder refuses
 * (CERT_SERVICE_UNAVAILABLE): never trust without an anchor or revocation data.
 */
export function directoryTrustStore(dir: string): TrustStore {
  return {
    async load(): Promise<TrustMaterial> {
      const roots = readAll(path.join(dir, "roots"));
      const intermediates = readAll(path.join(dir, "intermediates"));
      const crls = readAll(path.join(dir, "crls"));
      if (!roots.length || !intermediates.length || !crls.length) throw certErrors.trustUnavailable();
      return { roots, intermediates, crls };
    },
  };
}

function readAll(folder: string): ArrayBuffer[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(folder, name));
      const text = bytes.toString("latin1");
      if (text.includes("-----BEGIN")) return x509.PemConverter.decodeFirst(text);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    });
}
