/**
 * The two well-kept libraries behind I4, set up once on Node's WebCrypto:
 * - @peculiar/x509 creates and reads certificates and CRLs (the test CA, the certificate profile);
 * - pkijs creates and verifies CMS SignedData and validates certificate chains.
 * @peculiar/x509 registers its parts with tsyringe, which needs the Reflect metadata polyfill to be
 * loaded first: import x509 from this module only, never "@peculiar/x509" directly.
 */
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as pkijs from "pkijs";
import * as asn1js from "asn1js";
import { webcrypto } from "node:crypto";

const crypto = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(crypto);
pkijs.setEngine("node-webcrypto", new pkijs.CryptoEngine({ name: "node-webcrypto", crypto }));

export { x509, pkijs, asn1js, crypto };

/** The signature algorithm of the real MOICA hierarchy: RSA 2048, PKCS#1 v1.5 with SHA-256. */
export const RSA_SHA256 = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
