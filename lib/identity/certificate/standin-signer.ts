/**
 * Stand-in for the local signing component (HiPKI-like: in reality a service on the person's own
 * computer that the browser calls, talking to the card in the reader). It lists the certificate
 * cards in the "reader" and signs a nonce with a card after checking its PIN.
 *
 * Protocol (documented for the real adapter; served by app/api/standins/moica-signer/):
 *   GET  cards → { cards: [{ card, holder, issuer }] }   holder masked; revocation/expiry unknown here
 *   POST sign  { card, pin, nonce } → { signature }       base64 DER CMS SignedData over UTF-8(nonce)
 *        errors: PIN_WRONG (details.attemptsLeft), CARD_LOCKED, CARD_NOT_FOUND
 * The PIN is checked by the card: 3 wrong PINs in a row lock it; a right PIN resets the count. The
 * counts persist in <dir>/pins.json, like the card's own counter survives unplugging it.
 */
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { maskName } from "@/lib/people/mask";
import { signAsCms } from "./cms-sign";
import { certErrors } from "./errors";
import { cardCertPath, cardKeyPath, manifestPath, readCert, readManifest, readPrivateKey, writeFileAtomic } from "./standin-ca-files";

export const PIN_TRIES = 3;

export type ReaderCard = { card: string; holder: string; issuer: string };
type PinState = Record<string, { wrong: number }>;

const pinsPath = (dir: string) => path.join(dir, "pins.json");

export function createStandinSigner(dir: string) {
  // One PIN check at a time per process, so concurrent tries are all counted.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    listCards(): ReaderCard[] {
      if (!existsSync(manifestPath(dir))) return [];
      return readManifest(dir).map((c) => ({
        card: c.card,
        holder: maskName(c.holderName),
        issuer: readCert(cardCertPath(dir, c.card)).issuerName.getField("CN")[0] ?? "",
      }));
    },

    sign(req: { card: string; pin: string; nonce: string }): Promise<string> {
      return serial(async () => {
        const entry = existsSync(manifestPath(dir)) ? readManifest(dir).find((c) => c.card === req.card) : undefined;
        if (!entry) throw certErrors.cardNotFound();
        const pins = readPins(dir);
        const wrong = pins[entry.card]?.wrong ?? 0;
        if (wrong >= PIN_TRIES) throw certErrors.cardLocked();
        if (!(await verifyPassword(req.pin, entry.pinHash))) {
          writePins(dir, { ...pins, [entry.card]: { wrong: wrong + 1 } });
          throw wrong + 1 >= PIN_TRIES ? certErrors.cardLocked() : certErrors.pinWrong(PIN_TRIES - wrong - 1);
        }
        if (wrong > 0) writePins(dir, { ...pins, [entry.card]: { wrong: 0 } });
        const cert = readCert(cardCertPath(dir, entry.card));
        const key = await readPrivateKey(cardKeyPath(dir, entry.card));
        const der = await signAsCms({ data: new TextEncoder().encode(req.nonce), certDer: cert.rawData, key, signingTime: now() });
        return Buffer.from(der).toString("base64");
      });
    },

    /** Demo and tests: unlock cards (all, or one) — in reality a visit to the household office. */
    resetPins(card?: string): void {
      writePins(dir, card ? { ...readPins(dir), [card]: { wrong: 0 } } : {});
    },
  };
}

export type StandinSigner = ReturnType<typeof createStandinSigner>;

function readPins(dir: string): PinState {
  try {
    return JSON.parse(readFileSync(pinsPath(dir), "utf8")) as PinState;
  } catch {
    return {};
  }
}

function writePins(dir: string, state: PinState): void {
  writeFileAtomic(pinsPath(dir), JSON.stringify(state));
}
