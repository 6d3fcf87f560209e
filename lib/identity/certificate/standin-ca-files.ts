/**
 * Where the test CA keeps its files inside the stand-in folder (standinDir("moica")), and how they
 * are read back. Layout of `<dir>/ca/`:
 *   grca.cert.pem  grca.key.pem  grca.crl.pem     "Test Government Root CA" and its ARL
 *   moica.cert.pem moica.key.pem moica.crl.pem    "Test MOICA" (the intermediate) and its CRL
 *   impostor-root.* impostor-ca.*                 another hierarchy, to test "certificate from another CA"
 *   cards.json                                     the virtual certificate cards (manifest)
 *   cards/<serial>.cert.pem cards/<serial>.key.pem one per card (the key never leaves the "card")
 * The folder is created whole and then renamed into place, so a reader never sees half a CA.
 */
import path from "node:path";
import { readFileSync, writeFileSync, renameSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { x509, crypto, RSA_SHA256 } from "./crypto-libs";

export type Issuer = "moica" | "impostor";
/** What the CA did with the card's certificate: for tests and docs only — the signer does not know. */
export type CardState = "valid" | "revoked" | "expired" | "not-yet-valid";

export type CardEntry = {
  /** The card's id in the reader: the certificate's 16-character subject serial. */
  card: string;
  holderName: string;
  issuer: Issuer;
  state: CardState;
  /** scrypt hash of the card's PIN (the card checks it; the server never sees a PIN). */
  pinHash: string;
};

export type Authority = "grca" | "moica" | "impostor-root" | "impostor-ca";

export const caFolder = (dir: string) => path.join(dir, "ca");
export const manifestPath = (dir: string) => path.join(caFolder(dir), "cards.json");
export const certPath = (dir: string, who: Authority) => path.join(caFolder(dir), `${who}.cert.pem`);
export const keyPath = (dir: string, who: Authority) => path.join(caFolder(dir), `${who}.key.pem`);
export const crlPath = (dir: string, who: Authority) => path.join(caFolder(dir), `${who}.crl.pem`);
export const cardCertPath = (dir: string, card: string) => path.join(caFolder(dir), "cards", `${safeCard(card)}.cert.pem`);
export const cardKeyPath = (dir: string, card: string) => path.join(caFolder(dir), "cards", `${safeCard(card)}.key.pem`);

function safeCard(card: string): string {
  if (!/^[A-Z0-9]{16}$/.test(card)) throw new RangeError("Not a card id");
  return card;
}

export function readManifest(dir: string): CardEntry[] {
  return JSON.parse(readFileSync(manifestPath(dir), "utf8")) as CardEntry[];
}

export function readCert(file: string): x509.X509Certificate {
  return new x509.X509Certificate(readFileSync(file, "utf8"));
}

export function readCrl(file: string): x509.X509Crl {
  return new x509.X509Crl(readFileSync(file, "utf8"));
}

export async function readPrivateKey(file: string): Promise<CryptoKey> {
  const der = x509.PemConverter.decodeFirst(readFileSync(file, "utf8"));
  return crypto.subtle.importKey("pkcs8", der, RSA_SHA256, false, ["sign"]);
}

export async function privateKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await crypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
}

/** Replace a file atomically (write beside it, then rename), so readers see old or new, never half. */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, file);
}
