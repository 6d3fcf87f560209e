import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";

/**
 * Fixed-window rate limit in PostgreSQL, for anything that can be guessed (passwords, codes, ID
 * lookups). One atomic upsert per attempt, so concurrent guesses are all counted, across servers.
 */
export type Limit = { limit: number; windowSeconds: number };

export const LIMITS = {
  /** NHI card login per card (the card itself must sign, so only its holder can spend these). */
  login: { limit: 10, windowSeconds: 600 },
  /**
   * Staff and app logins (issue 7 item 2, D31): counted per source and per (source, account),
   * never per account alone — a limit only the account's name keys is a lever anyone knowing the
   * name can pull to lock its owner out. Per source the app's limit is the generous client one
   * (carrier NAT at 09:00); staff sign in from a few offices, so theirs is tighter.
   */
  loginPerSourceAndAccount: { limit: 5, windowSeconds: 900 },
  staffLoginPerSource: { limit: 100, windowSeconds: 600 },
  /**
   * Staff TOTP codes (issue 10 item 7, D122): per account, counted only once the password was
   * right — whoever spends these already knows the password. 5 tries in 15 minutes against 10^6
   * codes (3 accepted at a time) is about one chance in 66,000 per window.
   */
  totpPerAccount: { limit: 5, windowSeconds: 900 },
  /**
   * Device codes: 8 digits, 10 minutes; 5 tries per device and per person. Per client address the
   * limit is generous: at 09:00 thousands of phones share a carrier's NAT address, and 300 guesses
   * against 10^8 codes are harmless.
   */
  deviceCode: { limit: 5, windowSeconds: 600 },
  /** Per real device code (issue 7 item 2): tries that name an existing code, from anywhere. */
  deviceCodePerCode: { limit: 5, windowSeconds: 600 },
  deviceCodePerClient: { limit: 300, windowSeconds: 600 },
  /**
   * Challenges and verification attempts per client address: generous for the same reason (carrier
   * NAT); the tight limits are per identifier (card, phone number, ID number, credential).
   */
  verification: { limit: 300, windowSeconds: 600 },
} as const satisfies Record<string, Limit>;

/** Count one attempt under `key`; throws RATE_LIMITED once the window's limit is passed. */
export async function consumeRateLimit(key: string, { limit, windowSeconds }: Limit): Promise<void> {
  const at = now();
  const rows = await db().$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO rate_limit_buckets (key, window_start, count) VALUES (${key}, ${at}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.window_start <= ${at}::timestamptz - make_interval(secs => ${windowSeconds})
                   THEN 1 ELSE rate_limit_buckets.count + 1 END,
      window_start = CASE WHEN rate_limit_buckets.window_start <= ${at}::timestamptz - make_interval(secs => ${windowSeconds})
                   THEN ${at} ELSE rate_limit_buckets.window_start END
    RETURNING count, window_start`;
  const row = rows[0]!;
  if (row.count > limit) {
    const retryAfter = Math.max(1, Math.ceil((row.window_start.getTime() + windowSeconds * 1000 - at.getTime()) / 1000));
    throw new AppError(
      "RATE_LIMITED",
      "RATE_LIMITED",
      {
        "zh-TW": `嘗試次數過多，請於 ${Math.ceil(retryAfter / 60)} 分鐘後再試。`,
        en: `Too many attempts. Please try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      },
      { retryAfterSeconds: retryAfter },
    );
  }
}

/**
 * Forget the attempts under `key`: a right password clears its (source, account) count, so an
 * owner signing in often is never throttled by their own successes (issue 7 item 2).
 */
export async function clearRateLimit(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}
