/**
 * Server side of the signature (I4): the CMS SignedData must parse, hold exactly one signer, carry
 * the signed content inside it, that content must be exactly the nonce we issued, and the signature
 * must verify with the embedded signer certificate (pkijs checks the message digest and the
 * signature over the signed attributes). Whether that certificate is trusted is verify-chain's job.
 */
import { pkijs, toArrayBuffer } from "./crypto-libs";

export type CmsResult = { ok: true; signerCertDer: ArrayBuffer } | { ok: false; reason: string };

export async function verifyCmsOverNonce(der: Uint8Array, expected: Uint8Array): Promise<CmsResult> {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
    if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) return { ok: false, reason: "not SignedData" };
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return { ok: false, reason: "malformed CMS" };
  }
  if (signedData.signerInfos.length !== 1) return { ok: false, reason: "not exactly one signer" };
  const eContent = signedData.encapContentInfo.eContent;
  if (signedData.encapContentInfo.eContentType !== pkijs.ContentInfo.DATA || !eContent) return { ok: false, reason: "no signed content" };
  if (!sameBytes(new Uint8Array(eContent.getValue()), expected)) return { ok: false, reason: "content is not the nonce" };
  try {
    const result = await signedData.verify({ signer: 0, checkChain: false, extendedMode: true });
    if (result.signatureVerified !== true || !result.signerCertificate) return { ok: false, reason: "signature does not verify" };
    return { ok: true, signerCertDer: result.signerCertificate.toSchema().toBER(false) };
  } catch {
    return { ok: false, reason: "signature does not verify" }; // pkijs throws on a wrong digest, a missing signer certificate…
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
