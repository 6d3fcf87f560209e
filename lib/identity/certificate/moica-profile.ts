/**
 * The citizen certificate profile (I4), as MOICA (內政部憑證管理中心) issues it: the subject names the
 * holder (CN) and a 16-character card serial (serialNumber), never the ID number; the last 4 digits
 * of the ID sit in the Subject Directory Attributes extension under 2.16.886.1.100.2.51.
 * Built and read with @peculiar/x509 and the ASN.1 schemas it ships (@peculiar/asn1-x509).
 */
import { AsnConvert } from "@peculiar/asn1-schema";
import { Attribute, DirectoryString, SubjectDirectoryAttributes, id_ce_subjectDirectoryAttributes } from "@peculiar/asn1-x509";
import { x509 } from "./crypto-libs";

export const OID_SUBJECT_DIRECTORY_ATTRIBUTES = id_ce_subjectDirectoryAttributes; // 2.5.29.9
/** Taiwan GPKI: the last four digits of the holder's ID number. */
export const OID_ID_LAST4 = "2.16.886.1.100.2.51";
export const OID_SERIAL_NUMBER = "2.5.4.5";

export const SERIAL_PATTERN = /^[A-Z]{2}[0-9]{14}$/;

/** Subject of a citizen certificate: C=TW, CN=<name>, serialNumber=<16 characters>. */
export function citizenSubject(name: string, serial: string): x509.Name {
  if (!SERIAL_PATTERN.test(serial)) throw new RangeError(`Not a 16-character card serial: ${serial}`);
  return new x509.Name([{ C: [{ printableString: "TW" }] }, { CN: [{ utf8String: name }] }, { [OID_SERIAL_NUMBER]: [{ printableString: serial }] }]);
}

/** The Subject Directory Attributes extension carrying the ID's last 4 digits (non-critical). */
export function idLast4Extension(last4: string): x509.Extension {
  if (!/^[0-9]{4}$/.test(last4)) throw new RangeError("The ID's last 4 characters are digits");
  const value = AsnConvert.serialize(new DirectoryString({ printableString: last4 }));
  const sda = new SubjectDirectoryAttributes([new Attribute({ type: OID_ID_LAST4, values: [value] })]);
  return new x509.Extension(OID_SUBJECT_DIRECTORY_ATTRIBUTES, false, AsnConvert.serialize(sda));
}

export type CitizenCertificateFacts = {
  name: string | null;
  serial: string | null;
  last4: string | null;
  /** Key usage includes digitalSignature (the card's signing certificate, not its encryption one). */
  forSigning: boolean;
};

/** What the certificate says about its holder; nulls where the profile's fields are missing. */
export function readCitizenCertificate(cert: x509.X509Certificate): CitizenCertificateFacts {
  const name = cert.subjectName.getField("CN")[0] ?? null;
  const serial = cert.subjectName.getField(OID_SERIAL_NUMBER)[0] ?? null;
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  return {
    name,
    serial: serial && SERIAL_PATTERN.test(serial) ? serial : null,
    last4: readIdLast4(cert),
    forSigning: !!usage && (usage.usages & x509.KeyUsageFlags.digitalSignature) !== 0,
  };
}

export function readIdLast4(cert: x509.X509Certificate): string | null {
  const ext = cert.extensions.find((e) => e.type === OID_SUBJECT_DIRECTORY_ATTRIBUTES);
  if (!ext) return null;
  try {
    const sda = AsnConvert.parse(ext.value, SubjectDirectoryAttributes);
    const attr = sda.find((a) => a.type === OID_ID_LAST4);
    const raw = attr?.values[0];
    if (!raw) return null;
    const text = AsnConvert.parse(raw, DirectoryString).toString();
    return /^[0-9]{4}$/.test(text) ? text : null;
  } catch {
    return null; // a malformed extension is as good as none
  }
}

/** I4: the person's typed ID (already normalized and checked) ends with the certificate's 4 digits. */
export function last4Matches(idNumber: string, last4: string | null): boolean {
  return last4 !== null && /^[0-9]{4}$/.test(last4) && idNumber.slice(-4) === last4;
}

/** Names compare after Unicode normalization and trimming (full-width/half-width forms unchanged). */
export function sameName(a: string | null, b: string): boolean {
  return a !== null && a.normalize("NFC").trim() === b.normalize("NFC").trim();
}
