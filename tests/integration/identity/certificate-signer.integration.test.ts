import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { completeIdNumber } from "@/lib/rules";
import { createTestCa, cardSerial, DEMO_PIN } from "@/lib/identity/certificate/standin-ca";
import { publishCrl } from "@/lib/identity/certificate/standin-crl";
import { createStandinSigner } from "@/lib/identity/certificate/standin-signer";
import { standinTrustStore } from "@/lib/identity/certificate/standin-trust-store";
import { crlPath, manifestPath, readCrl, readManifest } from "@/lib/identity/certificate/standin-ca-files";
import { verifyCmsOverNonce } from "@/lib/identity/certificate/verify-cms";
import { checkChain } from "@/lib/identity/certificate/verify-chain";
import { x509 } from "@/lib/identity/certificate/crypto-libs";

// The test CA and the stand-in signing component, on files in a temp folder (no database needed).
const A = completeIdNumber("A12345678");
const B = completeIdNumber("B22334455");
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "emask-moica-"));
  await createTestCa({
    dir,
    cards: [
      { idNumber: A, name: "王小明", issuer: "moica", state: "valid" },
      { idNumber: B, name: "林美玲", issuer: "moica", state: "revoked" },
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cardA = () => cardSerial(A, "moica");
const cardB = () => cardSerial(B, "moica");

describe("I4 test CA (stand-in)", () => {
  it("I4: is idempotent — an existing CA is kept (same root), and a missing card is added to it", async () => {
    const root = readFileSync(path.join(dir, "ca", "grca.cert.pem"), "utf8");
    const extra = completeIdNumber("F13579246");
    const again = await createTestCa({
      dir,
      cards: [
        { idNumber: A, name: "王小明", issuer: "moica", state: "valid" },
        { idNumber: B, name: "林美玲", issuer: "moica", state: "revoked" },
        { idNumber: extra, name: "陳志豪", issuer: "moica", state: "valid" },
      ],
    });
    expect(again.created).toBe(false);
    expect(readFileSync(path.join(dir, "ca", "grca.cert.pem"), "utf8")).toBe(root);
    expect(readManifest(dir).map((c) => c.card)).toContain(cardSerial(extra, "moica"));
  });

  it("I4: the published CRL is signed by MOICA and lists exactly the revoked card", async () => {
    const crl = readCrl(crlPath(dir, "moica"));
    const moica = new x509.X509Certificate(readFileSync(path.join(dir, "ca", "moica.cert.pem"), "utf8"));
    expect(await crl.verify({ publicKey: moica.publicKey })).toBe(true);
    expect(crl.entries).toHaveLength(1);
    const revoked = new x509.X509Certificate(readFileSync(path.join(dir, "ca", "cards", `${cardB()}.cert.pem`), "utf8"));
    expect(crl.findRevoked(revoked)).not.toBeNull();
  });

  it("I4: the stand-in trust store republishes a stale CRL before use (the CA's regular issuance)", async () => {
    const later = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    await standinTrustStore(dir).load(later);
    expect(readCrl(crlPath(dir, "moica")).nextUpdate!.getTime()).toBeGreaterThan(later.getTime());
    await publishCrl(dir, "moica", new Date());
    await publishCrl(dir, "grca", new Date());
  });

  it("I4: private keys are written readable by the owner only, and the manifest holds a PIN hash, not the PIN", () => {
    const mode = (f: string) => statSync(f).mode & 0o777;
    expect(mode(path.join(dir, "ca", "moica.key.pem"))).toBe(0o600);
    expect(readFileSync(manifestPath(dir), "utf8")).not.toContain(DEMO_PIN);
  });
});

describe("I4 local signing component (stand-in): PIN and signature", () => {
  it("I4: lists the cards with the holder masked and nothing about revocation", () => {
    const cards = createStandinSigner(dir).listCards();
    expect(cards.find((c) => c.card === cardA())).toEqual({ card: cardA(), holder: "王○明", issuer: "Test MOICA" });
    expect(JSON.stringify(cards)).not.toMatch(/revoked|林美玲/);
  });

  it("I4: the right PIN gives a CMS signature over the nonce that verifies and chains to the test root", async () => {
    const signature = await createStandinSigner(dir).sign({ card: cardA(), pin: DEMO_PIN, nonce: "abc" });
    const cms = await verifyCmsOverNonce(Buffer.from(signature, "base64"), new TextEncoder().encode("abc"));
    expect(cms.ok).toBe(true);
    if (cms.ok) expect(await checkChain(cms.signerCertDer, await standinTrustStore(dir).load(new Date()), new Date())).toBe("OK");
  });

  it("I4: wrong PIN → PIN_WRONG with tries left; the third locks the card (CARD_LOCKED), even for the right PIN, and the lock persists", async () => {
    const signer = createStandinSigner(dir);
    signer.resetPins();
    await expect(signer.sign({ card: cardB(), pin: "000000", nonce: "n" })).rejects.toMatchObject({ code: "PIN_WRONG", details: { attemptsLeft: 2 } });
    await expect(signer.sign({ card: cardB(), pin: "000000", nonce: "n" })).rejects.toMatchObject({ code: "PIN_WRONG", details: { attemptsLeft: 1 } });
    await expect(signer.sign({ card: cardB(), pin: "000000", nonce: "n" })).rejects.toMatchObject({ code: "CARD_LOCKED", status: 403 });
    await expect(signer.sign({ card: cardB(), pin: DEMO_PIN, nonce: "n" })).rejects.toMatchObject({ code: "CARD_LOCKED" });
    // A new component process (say, after a restart) still sees the card locked; other cards are untouched.
    await expect(createStandinSigner(dir).sign({ card: cardB(), pin: DEMO_PIN, nonce: "n" })).rejects.toMatchObject({ code: "CARD_LOCKED" });
    expect(await createStandinSigner(dir).sign({ card: cardA(), pin: DEMO_PIN, nonce: "n" })).toMatch(/^[A-Za-z0-9+/]+=*$/);
    signer.resetPins(cardB());
    expect(await signer.sign({ card: cardB(), pin: DEMO_PIN, nonce: "n" })).toBeTruthy();
  });

  it("I4: a right PIN resets the count of wrong ones", async () => {
    const signer = createStandinSigner(dir);
    signer.resetPins();
    await expect(signer.sign({ card: cardA(), pin: "111111", nonce: "n" })).rejects.toMatchObject({ code: "PIN_WRONG" });
    await expect(signer.sign({ card: cardA(), pin: "111111", nonce: "n" })).rejects.toMatchObject({ code: "PIN_WRONG" });
    await signer.sign({ card: cardA(), pin: DEMO_PIN, nonce: "n" });
    await expect(signer.sign({ card: cardA(), pin: "111111", nonce: "n" })).rejects.toMatchObject({ details: { attemptsLeft: 2 } });
    signer.resetPins();
  });

  it("I4: concurrent wrong PINs are all counted (3 at once lock the card)", async () => {
    const signer = createStandinSigner(dir);
    signer.resetPins();
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => signer.sign({ card: cardA(), pin: "222222", nonce: "n" })));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes.sort()).toEqual(["CARD_LOCKED", "CARD_LOCKED", "PIN_WRONG", "PIN_WRONG"]);
    signer.resetPins();
  });

  it("I4: an unknown card is CARD_NOT_FOUND; a folder without a CA has no cards", async () => {
    await expect(createStandinSigner(dir).sign({ card: "TP03999999999999", pin: DEMO_PIN, nonce: "n" })).rejects.toMatchObject({ code: "CARD_NOT_FOUND" });
    const empty = mkdtempSync(path.join(tmpdir(), "emask-moica-empty-"));
    expect(createStandinSigner(empty).listCards()).toEqual([]);
    expect(existsSync(manifestPath(empty))).toBe(false);
    rmSync(empty, { recursive: true });
  });
});
