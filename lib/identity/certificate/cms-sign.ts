/**
 * What the certificate card does when the local signing component asks it to sign: a CMS
 * (PKCS#7) SignedData over the data, with signed attributes (content type, message digest, signing
 * time) and the signer's certificate embedded — the shape HiPKI-like components return. Built with
 * pkijs; the asn1js values are only the attribute values pkijs's API asks for.
 */
import { pkijs, asn1js, crypto, toArrayBuffer } from "./crypto-libs";

const OID_CONTENT_TYPE = "1.2.840.113549.1.9.3";
const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";

export async function signAsCms(opts: { data: Uint8Array; certDer: ArrayBuffer; key: CryptoKey; signingTime: Date }): Promise<Uint8Array> {
  const cert = pkijs.Certificate.fromBER(opts.certDer);
  const content = toArrayBuffer(opts.data);
  const digest = await crypto.subtle.digest("SHA-256", content);
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: pkijs.ContentInfo.DATA,
      eContent: new asn1js.OctetString({ valueHex: content }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: pkijs.ContentInfo.DATA })] }),
            new pkijs.Attribute({ type: OID_SIGNING_TIME, values: [new asn1js.UTCTime({ valueDate: opts.signingTime })] }),
            new pkijs.Attribute({ type: OID_MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: digest })] }),
          ],
        }),
      }),
    ],
    certificates: [cert],
  });
  await signedData.sign(opts.key, 0, "SHA-256");
  const contentInfo = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
