/**
 * The test certificate authority (I4 stand-in): "Test Government Root CA" (stands for GRCA) →
 * "Test MOICA" (stands for 內政部憑證管理中心) → citizen certificates, plus CRLs, plus an impostor
 * hierarchy whose intermediate even copies MOICA's name. Real keys and signatures (RSA 2048,
 * SHA-256) made with @peculiar/x509; nothing hand-encoded. Idempotent: an existing CA is kept.
 */
import path from "node:path";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { now as clockNow } from "@/lib/clock";
import { x509, crypto, RSA_SHA256 } from "./crypto-libs";
import { citizenSubject, idLast4Extension } from "./moica-profile";
import { demoCardSerial } from "./card-serial";
import * as files from "./standin-ca-files";
import type { Authority, CardEntry, CardState, Issuer } from "./standin-ca-files";
import { ISSUING, ensureFreshCrls, publishCrl } from "./standin-crl";

/** Demo PIN of every virtual card, shown on the page for the demo. */
export const DEMO_PIN = "123456";

export type CardPlan = { idNumber: string; name: string; issuer: Issuer; state: CardState };

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;

export const ROOT_NAME = "C=TW, O=Test Government, CN=Test Government Root CA";
export const MOICA_NAME = "C=TW, O=Test Ministry of the Interior, CN=Test MOICA";
const IMPOSTOR_ROOT_NAME = "C=TW, O=Impostor, CN=Impostor Root CA";

/** The card serial of a person's card from an issuer (deterministic, so tests and docs can name it). */
export const cardSerial = demoCardSerial;

type Made = { cert: x509.X509Certificate; keys: CryptoKeyPair };
type Issuing = { cert: x509.X509Certificate; keys: { privateKey: CryptoKey } };

export async function createTestCa(opts: { dir: string; cards: CardPlan[]; now?: Date; log?: (line: string) => void }): Promise<{ created: boolean }> {
  const at = opts.now ?? clockNow();
  if (existsSync(files.manifestPath(opts.dir))) {
    const added = await addMissingCards(opts.dir, opts.cards, at);
    if (added) opts.log?.(`[moica] ${added} certificate card(s) added to the existing test CA`);
    await ensureFreshCrls(opts.dir, at, added > 0);
    return { created: false };
  }
  const tmp = path.join(opts.dir, `ca.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  const final = files.caFolder(opts.dir);
  try {
    await writeCa(tmp, opts.cards, at);
    renameSync(path.join(tmp, "ca"), final); // atomic: a concurrent creator's CA wins, ours is dropped
    opts.log?.(`[moica] test CA created with ${opts.cards.length} certificate cards in ${final}`);
    return { created: true };
  } catch (e) {
    if (existsSync(files.manifestPath(opts.dir))) return { created: false };
    throw e;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function writeCa(root: string, cards: CardPlan[], at: Date): Promise<void> {
  mkdirSync(path.join(files.caFolder(root), "cards"), { recursive: true });
  const grca = await selfSigned(ROOT_NAME, at);
  const moica = await intermediate(MOICA_NAME, grca, at);
  const impostorRoot = await selfSigned(IMPOSTOR_ROOT_NAME, at);
  const impostorCa = await intermediate(MOICA_NAME, impostorRoot, at); // same name as MOICA, other key
  const authorities: [Authority, Made][] = [["grca", grca], ["moica", moica], ["impostor-root", impostorRoot], ["impostor-ca", impostorCa]];
  for (const [who, made] of authorities) {
    writeFileSync(files.certPath(root, who), `${made.cert.toString("pem")}\n`);
    writeFileSync(files.keyPath(root, who), await files.privateKeyPem(made.keys.privateKey), { mode: 0o600 });
  }
  const manifest: CardEntry[] = [];
  for (const plan of cards) manifest.push(await writeCard(root, plan, plan.issuer === "moica" ? moica : impostorCa, at));
  writeFileSync(files.manifestPath(root), JSON.stringify(manifest, null, 2));
  for (const [who] of authorities) await publishCrl(root, who, at);
}

async function writeCard(dir: string, plan: CardPlan, issuer: Issuing, at: Date): Promise<CardEntry> {
  const card = cardSerial(plan.idNumber, plan.issuer);
  const made = await citizenCard(plan, card, issuer, at);
  writeFileSync(files.cardCertPath(dir, card), `${made.cert.toString("pem")}\n`);
  writeFileSync(files.cardKeyPath(dir, card), await files.privateKeyPem(made.keys.privateKey), { mode: 0o600 });
  return { card, holderName: plan.name, issuer: plan.issuer, state: plan.state, pinHash: await hashPassword(DEMO_PIN) };
}

/** Cards planned but not in an existing CA (say, a demo person added later) are issued by it. */
async function addMissingCards(dir: string, cards: CardPlan[], at: Date): Promise<number> {
  const manifest = files.readManifest(dir);
  const missing = cards.filter((p) => !manifest.some((c) => c.card === cardSerial(p.idNumber, p.issuer)));
  for (const plan of missing) {
    const who = ISSUING[plan.issuer];
    const issuer = { cert: files.readCert(files.certPath(dir, who)), keys: { privateKey: await files.readPrivateKey(files.keyPath(dir, who)) } };
    manifest.push(await writeCard(dir, plan, issuer, at));
  }
  if (missing.length) files.writeFileAtomic(files.manifestPath(dir), JSON.stringify(manifest, null, 2));
  return missing.length;
}

async function newKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(RSA_SHA256, true, ["sign", "verify"]);
}

async function selfSigned(name: string, at: Date): Promise<Made> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    notBefore: new Date(at.getTime() - 15 * YEAR),
    notAfter: new Date(at.getTime() + 15 * YEAR),
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, keys };
}

async function intermediate(name: string, issuer: Made, at: Date): Promise<Made> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.create({
    subject: name,
    issuer: issuer.cert.subjectName,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    notBefore: new Date(at.getTime() - 10 * YEAR),
    notAfter: new Date(at.getTime() + 10 * YEAR),
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.cert.publicKey),
    ],
  });
  return { cert, keys };
}

/**
 * Validity of a card's certificate by its planned state. Real MOICA certificates last about 5
 * years; the demo's valid ones start 7 years back so that they stay valid when the admin moves the
 * demo clock back to the 2020 round (lib/clock.ts), and the expired one ended before that.
 */
function validity(state: CardState, at: Date): { notBefore: Date; notAfter: Date } {
  const t = at.getTime();
  if (state === "expired") return { notBefore: new Date(t - 12 * YEAR), notAfter: new Date(t - 7 * YEAR - DAY) };
  if (state === "not-yet-valid") return { notBefore: new Date(t + 30 * DAY), notAfter: new Date(t + 5 * YEAR) };
  return { notBefore: new Date(t - 7 * YEAR), notAfter: new Date(t + 5 * YEAR) };
}

async function citizenCard(plan: CardPlan, serial: string, issuer: Issuing, at: Date): Promise<Made> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.create({
    subject: citizenSubject(plan.name, serial),
    issuer: issuer.cert.subjectName,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    ...validity(plan.state, at),
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.cert.publicKey),
      idLast4Extension(plan.idNumber.slice(-4)),
    ],
  });
  return { cert, keys };
}
