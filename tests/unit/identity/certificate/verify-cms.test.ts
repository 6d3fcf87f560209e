import { beforeAll, describe, expect, it } from "vitest";
import { x509, crypto, RSA_SHA256 } from "@/lib/identity/certificate/crypto-libs";
import { signAsCms } from "@/lib/identity/certificate/cms-sign";
import { verifyCmsOverNonce } from "@/lib/identity/certificate/verify-cms";

const nonce = "n0nce-0123456789abcdefghijklmnopqrstuvwxyzABCD";
const bytes = (s: string) => new TextEncoder().encode(s);
let cert: x509.X509Certificate;
let keys: CryptoKeyPair;
let otherKeys: CryptoKeyPair;

beforeAll(async () => {
  keys = await crypto.subtle.generateKey(RSA_SHA256, true, ["sign", "verify"]);
  otherKeys = await crypto.subtle.generateKey(RSA_SHA256, true, ["sign", "verify"]);
  cert = await x509.X509CertificateGenerator.createSelfSigned({ name: "CN=Signer", keys, signingAlgorithm: RSA_SHA256 });
});

const sign = (data: string, key = keys.privateKey) => signAsCms({ data: bytes(data), certDer: cert.rawData, key, signingTime: new Date() });

describe("I4 CMS SignedData over the nonce", () => {
  it("I4: the card's signature over exactly the nonce verifies, and yields the embedded signer certificate", async () => {
    const result = await verifyCmsOverNonce(await sign(nonce), bytes(nonce));
    expect(result.ok).toBe(true);
    if (result.ok) expect(new x509.X509Certificate(result.signerCertDer).subject).toBe("CN=Signer");
  });

  it("I4: a valid signature over another nonce is refused", async () => {
    expect(await verifyCmsOverNonce(await sign("another-nonce"), bytes(nonce))).toMatchObject({ ok: false, reason: "content is not the nonce" });
  });

  it("I4: a tampered signature value is refused", async () => {
    const der = await sign(nonce);
    der[der.length - 1] = der[der.length - 1]! ^ 0x01; // the signer's signature is the last field of the structure
    expect(await verifyCmsOverNonce(der, bytes(nonce))).toMatchObject({ ok: false, reason: "signature does not verify" });
  });

  it("I4: content altered inside the CMS (digest no longer matches) is refused", async () => {
    const original = await sign(nonce);
    const tampered = Buffer.from(original);
    const at = tampered.indexOf(Buffer.from(nonce));
    expect(at).toBeGreaterThan(0);
    tampered[at] = "N".charCodeAt(0);
    expect((await verifyCmsOverNonce(tampered, bytes(`N${nonce.slice(1)}`))).ok).toBe(false);
  });

  it("I4: a forged signature (right certificate, someone else's key) is refused", async () => {
    expect((await verifyCmsOverNonce(await sign(nonce, otherKeys.privateKey), bytes(nonce))).ok).toBe(false);
  });

  it("I4: bytes that are not CMS are refused without throwing", async () => {
    expect(await verifyCmsOverNonce(new Uint8Array([1, 2, 3]), bytes(nonce))).toMatchObject({ ok: false, reason: "malformed CMS" });
    expect((await verifyCmsOverNonce(new Uint8Array(0), bytes(nonce))).ok).toBe(false);
  });
});
