/**
 * The test CA's CRLs: each authority publishes one, signed with its key, listing the certificates
 * it issued that are revoked. They are valid a week, and republished before they go stale (as a
 * real CA issues its CRL on schedule) by the seed and by the stand-in trust store.
 */
import { AsnConvert } from "@peculiar/asn1-schema";
import { CRLNumber, id_ce_cRLNumber } from "@peculiar/asn1-x509";
import { existsSync } from "node:fs";
import { x509, RSA_SHA256 } from "./crypto-libs";
import * as files from "./standin-ca-files";
import type { Authority, Issuer } from "./standin-ca-files";

const DAY = 24 * 60 * 60 * 1000;
const CRL_VALIDITY = 7 * DAY;

/** Which authority issues a card's certificate, and so lists it when revoked. */
export const ISSUING: Record<Issuer, Authority> = { moica: "moica", impostor: "impostor-ca" };

/** Sign and write a fresh CRL for one authority, listing the revoked cards it issued. */
export async function publishCrl(dir: string, who: Authority, at: Date): Promise<void> {
  const cert = files.readCert(files.certPath(dir, who));
  const key = await files.readPrivateKey(files.keyPath(dir, who));
  const entries = files
    .readManifest(dir)
    .filter((c) => c.state === "revoked" && ISSUING[c.issuer] === who)
    .map((c) => {
      const revoked = files.readCert(files.cardCertPath(dir, c.card));
      return { serialNumber: revoked.serialNumber, revocationDate: revoked.notBefore, reason: x509.X509CrlReason.keyCompromise };
    });
  const crl = await x509.X509CrlGenerator.create({
    issuer: cert.subjectName,
    thisUpdate: new Date(at.getTime() - 60_000),
    nextUpdate: new Date(at.getTime() + CRL_VALIDITY),
    entries,
    signingKey: key,
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.Extension(id_ce_cRLNumber, false, AsnConvert.serialize(new CRLNumber(Math.floor(at.getTime() / 1000)))),
      await x509.AuthorityKeyIdentifierExtension.create(cert.publicKey),
    ],
  });
  // RFC 7468 label "X509 CRL" (the library writes "CRL", which OpenSSL does not read).
  files.writeFileAtomic(files.crlPath(dir, who), `${x509.PemConverter.encode(crl.rawData, "X509 CRL")}\n`);
}

/** Republish any CRL that is missing or stale within a day (the CA's regular CRL issuance). */
export async function ensureFreshCrls(dir: string, at: Date, force = false): Promise<void> {
  for (const who of ["grca", "moica", "impostor-root", "impostor-ca"] as const) {
    const file = files.crlPath(dir, who);
    const next = existsSync(file) ? files.readCrl(file).nextUpdate : undefined;
    if (force || !next || next.getTime() < at.getTime() + DAY) await publishCrl(dir, who, at);
  }
}
