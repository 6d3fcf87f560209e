import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";

/**
 * The stand-in card issuer's master key: 32 random bytes, created once per database (the virtual
 * cards' secrets derive from it, protocol.ts). Held by the card-reader stand-in (playing the cards)
 * and the card-authentication stand-in (playing the SAM); never by the app's own code paths.
 */
const cache = new Map<string, Buffer>();

export function standinMasterKey(databaseUrl?: string): Buffer {
  const file = path.join(standinDir("nhi-card", databaseUrl), "master.key");
  const cached = cache.get(file);
  if (cached) return cached;
  let hex: string;
  try {
    // "wx": create only if absent, so two processes seeding at once cannot overwrite each other.
    hex = randomBytes(32).toString("hex");
    writeFileSync(file, `${hex}\n`, { flag: "wx", mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    hex = readFileSync(file, "utf8").trim();
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`Corrupt NHI-card stand-in master key at ${file}`);
  const key = Buffer.from(hex, "hex");
  cache.set(file, key);
  return key;
}
