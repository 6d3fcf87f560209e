/**
 * Is the signer's certificate ours to trust, now? pkijs's chain validation engine builds the path
 * signer → MOICA → root (signatures, names, CA flags), checks every certificate's dates against the
 * given instant and the revocation status against the CRLs (whose own signatures it checks).
 * Only the server's own intermediates are offered as path material: certificates an attacker
 * embeds in the CMS play no part.
 */
import { pkijs } from "./crypto-libs";
import type { TrustMaterial } from "./trust-store";

export type ChainOutcome = "OK" | "UNTRUSTED_CA" | "CERT_EXPIRED" | "CERT_NOT_YET_VALID" | "CERT_REVOKED" | "REVOCATION_UNAVAILABLE";

export async function checkChain(signerDer: ArrayBuffer, trust: TrustMaterial, at: Date): Promise<ChainOutcome> {
  const signer = pkijs.Certificate.fromBER(signerDer);
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: trust.roots.map((d) => pkijs.Certificate.fromBER(d)),
    // The engine takes the last certificate as the one to validate.
    certs: [...trust.intermediates.map((d) => pkijs.Certificate.fromBER(d)), signer],
    crls: trust.crls.map((d) => pkijs.CertificateRevocationList.fromBER(d)),
    checkDate: at,
  });
  const result = await engine.verify({ passedWhenNotRevValues: false });
  return chainOutcome(result, { notBefore: signer.notBefore.value, notAfter: signer.notAfter.value }, at);
}

/**
 * pkijs's result codes → ours (pure, unit-tested). The engine checks dates only once a path to the
 * trusted root exists, so a certificate from another CA is UNTRUSTED_CA whatever its dates.
 *  8: a certificate of the path is outside its validity; 12: revoked; 11: no valid (current,
 *  correctly signed) CRL; 13: the CRL's issuer may not sign CRLs; anything else: no trusted path.
 */
export function chainOutcome(result: { result: boolean; resultCode?: number }, signer: { notBefore: Date; notAfter: Date }, at: Date): ChainOutcome {
  if (result.result) return "OK";
  switch (result.resultCode) {
    case 8:
      if (signer.notAfter.getTime() < at.getTime()) return "CERT_EXPIRED";
      if (signer.notBefore.getTime() > at.getTime()) return "CERT_NOT_YET_VALID";
      return "UNTRUSTED_CA"; // the signer is in date, so a CA of the path is not
    case 12:
      return "CERT_REVOKED";
    case 11:
    case 13:
      return "REVOCATION_UNAVAILABLE";
    default:
      return "UNTRUSTED_CA";
  }
}
