import { beforeAll, describe, expect, it } from "vitest";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Attribute, SubjectDirectoryAttributes } from "@peculiar/asn1-x509";
import { x509, crypto, RSA_SHA256 } from "@/lib/identity/certificate/crypto-libs";
import {
  OID_ID_LAST4,
  OID_SUBJECT_DIRECTORY_ATTRIBUTES,
  citizenSubject,
  idLast4Extension,
  last4Matches,
  readCitizenCertificate,
  sameName,
} from "@/lib/identity/certificate/moica-profile";
import { demoCardSerial } from "@/lib/identity/certificate/card-serial";

let keys: CryptoKeyPair;
beforeAll(async () => {
  keys = await crypto.subtle.generateKey(RSA_SHA256, true, ["sign", "verify"]);
});

async function certWith(extensions: x509.Extension[], name: x509.Name | string = citizenSubject("王小明", "TP03000000000001")) {
  return x509.X509CertificateGenerator.createSelfSigned({ name, keys, signingAlgorithm: RSA_SHA256, extensions });
}

describe("I4 citizen certificate profile", () => {
  it("I4: the subject carries the name and the 16-character serial, and C=TW — not the ID number", async () => {
    const cert = await certWith([]);
    expect(cert.subjectName.getField("CN")).toEqual(["王小明"]);
    expect(cert.subjectName.getField("2.5.4.5")).toEqual(["TP03000000000001"]);
    expect(cert.subjectName.getField("C")).toEqual(["TW"]);
    expect(readCitizenCertificate(cert)).toMatchObject({ name: "王小明", serial: "TP03000000000001" });
  });

  it("I4: a serial that is not 2 letters + 14 digits is refused when building a subject", () => {
    expect(() => citizenSubject("王小明", "TP0300000000001")).toThrow(RangeError);
    expect(() => citizenSubject("王小明", "A123456789012345")).toThrow(RangeError);
  });

  it("I4: the last 4 ID digits round-trip through Subject Directory Attributes (2.5.29.9) under 2.16.886.1.100.2.51", async () => {
    const ext = idLast4Extension("6789");
    expect(ext.type).toBe("2.5.29.9");
    expect(ext.critical).toBe(false);
    const cert = await certWith([ext, new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)]);
    const parsed = new x509.X509Certificate(cert.rawData);
    expect(readCitizenCertificate(parsed)).toEqual({ name: "王小明", serial: "TP03000000000001", last4: "6789", forSigning: true });
    // And it is really a SEQUENCE OF Attribute with that OID, as other readers would parse it.
    const sda = AsnConvert.parse(parsed.getExtension(OID_SUBJECT_DIRECTORY_ATTRIBUTES)!.value, SubjectDirectoryAttributes);
    expect(sda.map((a) => a.type)).toEqual([OID_ID_LAST4]);
  });

  it("I4: a certificate without the extension, with another attribute, or with a malformed one yields no last 4", async () => {
    expect(readCitizenCertificate(await certWith([])).last4).toBeNull();
    const other = new SubjectDirectoryAttributes([new Attribute({ type: "1.2.3.4", values: [AsnConvert.serialize(new SubjectDirectoryAttributes())] })]);
    expect(readCitizenCertificate(await certWith([new x509.Extension(OID_SUBJECT_DIRECTORY_ATTRIBUTES, false, AsnConvert.serialize(other))])).last4).toBeNull();
    const garbage = new x509.Extension(OID_SUBJECT_DIRECTORY_ATTRIBUTES, false, new Uint8Array([0x30, 0x03, 0x01]));
    expect(readCitizenCertificate(await certWith([garbage])).last4).toBeNull();
  });

  it("I4: only a certificate whose key usage includes digitalSignature is for signing", async () => {
    const enc = await certWith([new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyEncipherment, true)]);
    expect(readCitizenCertificate(enc).forSigning).toBe(false);
    expect(readCitizenCertificate(await certWith([])).forSigning).toBe(false);
  });

  it("I4: a subject without the profile's serial reads as no serial", async () => {
    expect(readCitizenCertificate(await certWith([], "CN=王小明, C=TW")).serial).toBeNull();
  });

  it("I4: the typed ID matches only when its last 4 digits equal the certificate's", () => {
    expect(last4Matches("A123456789", "6789")).toBe(true);
    expect(last4Matches("A123456789", "6788")).toBe(false);
    expect(last4Matches("A123456789", null)).toBe(false);
    expect(last4Matches("A123456789", "789")).toBe(false);
  });

  it("I4: the certificate's name must equal the registry's (after Unicode normalization and trimming)", () => {
    expect(sameName("王小明", " 王小明 ")).toBe(true);
    expect(sameName("Jose\u0301", "José")).toBe(true);
    expect(sameName("王小明", "王小民")).toBe(false);
    expect(sameName(null, "王小明")).toBe(false);
  });

  it("I4: demo card serials are 16 characters, deterministic, distinct per issuer and per person", () => {
    const a = demoCardSerial("A123456789", "moica");
    expect(a).toMatch(/^TP03[0-9]{12}$/);
    expect(demoCardSerial("A123456789", "moica")).toBe(a);
    expect(demoCardSerial("A123456789", "impostor")).not.toBe(a);
    expect(demoCardSerial("B223344556", "moica")).not.toBe(a);
  });
});
