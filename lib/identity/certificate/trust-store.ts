/**
 * Adapter (I4): what the server trusts, chosen by EMASK_CERTIFICATE_ADAPTER (D51): "standin" reads
 * the test CA's files; "moica" reads the real government root (GRCA), MOICA's certificate and the
 * CRLs from EMASK_MOICA_TRUST_DIR (directory-trust-store.ts; the operator's cron refreshes the
 * CRLs); "off" refuses every certificate login with 503.
 */
import { certErrors } from "./errors";
import { env } from "@/lib/env";
import { standinDir } from "@/lib/identity/standins/dir";
import { standinTrustStore } from "./standin-trust-store";
import { directoryTrustStore } from "./directory-trust-store";

/** DER-encoded certificates and CRLs. */
export type TrustMaterial = {
  /** Trust anchors: the government root. */
  roots: ArrayBuffer[];
  /** The issuing CAs under it that we accept for citizen certificates: MOICA. */
  intermediates: ArrayBuffer[];
  /** Current CRLs of the root (for the intermediates) and of MOICA (for citizen certificates). */
  crls: ArrayBuffer[];
};

export interface TrustStore {
  load(at: Date): Promise<TrustMaterial>;
}

export function defaultTrustStore(): TrustStore {
  const e = env();
  switch (e.adapters.EMASK_CERTIFICATE_ADAPTER) {
    case "standin":
      return standinTrustStore(standinDir("moica"));
    case "moica":
      return directoryTrustStore(e.EMASK_MOICA_TRUST_DIR!);
    case "off":
      // Switched off: refuse rather than trust nothing silently.
      return { load: async () => { throw certErrors.trustUnavailable(); } };
  }
}
