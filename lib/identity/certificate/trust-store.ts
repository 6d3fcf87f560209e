/**
 * Adapter (I4): what the server trusts. Production would configure the real government root (GRCA)
 * and fetch MOICA's CRLs (or ask its OCSP responder); the stand-in reads the test CA's files. Swapping
 * in the real one is one new implementation of this interface.
 */
import { certErrors } from "./errors";
import { env } from "@/lib/env";
import { standinDir } from "@/lib/identity/standins/dir";
import { standinTrustStore } from "./standin-trust-store";

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
  if (env().standinsAllowed) return standinTrustStore(standinDir("moica"));
  // No real GRCA/MOICA configuration exists yet: refuse rather than trust nothing silently.
  return { load: async () => { throw certErrors.trustUnavailable(); } };
}
