import { readFileSync } from "node:fs";
import path from "node:path";
import { createPublicKey, type KeyObject } from "node:crypto";
import type { TelecomOperator } from "./telecom";

/**
 * A real telecom operator (EMASK_TELECOM_ADAPTER=operator): the URL the phone reaches over its
 * mobile-data session (EMASK_TELECOM_ASSERTION_URL) and the operator's published Ed25519 public
 * keys, one PEM file per key id in EMASK_TELECOM_KEYS_DIR (`<keyId>.pem`), so the operator can roll
 * keys by publishing a new file. The server holds no operator secret; every check of ./telecom.ts
 * applies unchanged.
 */
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function operatorTelecom(assertionUrl: string, keysDir: string): TelecomOperator {
  const keys = new Map<string, KeyObject | null>();
  return {
    assertionUrl,
    publicKey(keyId) {
      // The key id comes from the request: never let it name a path outside the keys folder.
      if (!KEY_ID.test(keyId) || keyId.startsWith(".")) return null;
      if (!keys.has(keyId)) {
        let key: KeyObject | null = null;
        try {
          const k = createPublicKey(readFileSync(path.join(keysDir, `${keyId}.pem`)));
          key = k.asymmetricKeyType === "ed25519" ? k : null;
        } catch {
          key = null; // unknown key id
        }
        keys.set(keyId, key);
      }
      return keys.get(keyId) ?? null;
    },
  };
}
