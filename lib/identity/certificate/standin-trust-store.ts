import { existsSync, readFileSync } from "node:fs";
import { x509 } from "./crypto-libs";
import { certErrors } from "./errors";
import { certPath, crlPath, manifestPath } from "./standin-ca-files";
import { ensureFreshCrls } from "./standin-crl";
import type { TrustMaterial, TrustStore } from "./trust-store";

/**
 * The stand-in trust store: the test root is the anchor, "Test MOICA" the accepted issuer, and the
 * CRLs the test CA publishes. It also plays the CA's CRL distribution point: a CRL about to go
 * stale is republished first, as the real CA issues a new one on schedule.
 */
export function standinTrustStore(dir: string): TrustStore {
  return {
    async load(at: Date): Promise<TrustMaterial> {
      if (!existsSync(manifestPath(dir))) throw certErrors.trustUnavailable();
      await ensureFreshCrls(dir, at);
      const der = (file: string) => x509.PemConverter.decodeFirst(readFileSync(file, "utf8"));
      return {
        roots: [der(certPath(dir, "grca"))],
        intermediates: [der(certPath(dir, "moica"))],
        crls: [der(crlPath(dir, "grca")), der(crlPath(dir, "moica"))],
      };
    },
  };
}
