import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { randomDigits, secretDigest } from "@/lib/security/hash";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * I6 step 1: after an NHI-card login on a computer, a device code — 8 digits, shown as digits and
 * as a QR code. [decision] Valid 10 minutes: long enough to pick up the phone, open the app and
 * type 8 digits; short enough that few codes are alive at once for a guesser to hit. Single use;
 * a new code ends the person's previous ones. Stored as an HMAC (secretDigest), never in clear.
 */
export const DEVICE_CODE_TTL_MS = 10 * 60 * 1000;
export const DEVICE_CODE_DIGITS = 8;
/** How long a dead code is kept, so that typing it says "expired"/"used" rather than "wrong". */
const KEEP_DEAD_CODES_MS = 24 * 60 * 60 * 1000;

export const deviceCodeDigest = (code: string) => secretDigest(`device-code:${code}`);

export async function generateDeviceCode(personId: string): Promise<{ code: string; expiresAt: Date }> {
  for (let attempt = 0; ; attempt++) {
    const code = randomDigits(DEVICE_CODE_DIGITS);
    const at = now();
    const expiresAt = new Date(at.getTime() + DEVICE_CODE_TTL_MS);
    try {
      await db().$transaction(async (tx) => {
        // Keep the table (and so the chance of a digest collision) small.
        await tx.personToken.deleteMany({ where: { purpose: "DEVICE_CODE", expiresAt: { lt: new Date(at.getTime() - KEEP_DEAD_CODES_MS) } } });
        await tx.personToken.updateMany({
          where: { personId, purpose: "DEVICE_CODE", usedAt: null, expiresAt: { gt: at } },
          data: { expiresAt: at },
        });
        const row = await tx.personToken.create({
          data: { purpose: "DEVICE_CODE", tokenHash: deviceCodeDigest(code), personId, expiresAt },
          select: { id: true },
        });
        await audit(tx, { actorKind: "person", action: "device.code_generated", targetType: "person", targetId: personId, details: { tokenId: row.id } });
      });
      return { code, expiresAt };
    } catch (e) {
      // Another live or recent code has the same 8 digits: draw again (rare, bounded).
      const collision = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!collision || attempt >= 4) throw e;
    }
  }
}
