import { randomUUID } from "node:crypto";

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits — the same kind of id
 * Prisma's @default(uuid(7)) gives, for rows written with raw SQL. Time-ordered ids keep the
 * primary-key index appending at its right edge at 09:00 instead of splitting pages at random.
 *
 * The random part comes from `randomUUID()`, which draws from a cached CSPRNG pool: at the intake's
 * rate `randomBytes(16)` per id was ~3 % of the server's CPU (bench profile, docs/scaling.md). A v4
 * id already carries the variant bits v7 needs (10xx); its first 48 bits become the time and its
 * version nibble a 7, leaving 74 random bits.
 */
export function uuidv7(at = Date.now()): string {
  const r = randomUUID(); // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx
  const t = at.toString(16).padStart(12, "0");
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(15, 18)}-${r.slice(19)}`;
}
