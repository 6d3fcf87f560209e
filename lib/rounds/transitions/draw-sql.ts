import { Prisma } from "@/lib/generated/prisma/client";
import { CHECK_CODE_ALPHABET } from "@/lib/notices/enqueue";
import { smsTemplates, type NoticeVars } from "@/lib/notices/templates";

/**
 * SQL fragments for the set-based draw's notices. They restate nothing: the check code has the same
 * shape as in Node (8 characters of the check-code alphabet; payment codes come from the orders
 * table's default, D173) and the notice bodies are the very templates of lib/notices, rendered once
 * with markers that SQL then fills per order.
 */

/**
 * 48 random bits as a bigint. gen_random_uuid() draws from the server's strong random source
 * (pg_strong_random); its first 12 hex digits are random (the version nibble comes after).
 * Each use is a separate volatile call, so every row gets its own bits.
 */
const RANDOM_48 = Prisma.raw(`(('x' || left(replace(gen_random_uuid()::text, '-', ''), 12))::bit(48)::bigint)`);

/** A fresh random number for the check code (see checkCodeSql). */
export const CHECK_RANDOM_SQL = RANDOM_48;

/** The 8-character check code spelled from a 48-bit number `column` in base 31 (31^8 < 2^48). */
export function checkCodeSql(column: string): Prisma.Sql {
  const n = CHECK_CODE_ALPHABET.length;
  const chars = Array.from({ length: 8 }, (_, i) => `substr('${CHECK_CODE_ALPHABET}', ((${column} / ${BigInt(n) ** BigInt(i)}) % ${n})::int + 1, 1)`);
  return Prisma.raw(`(${chars.join(" || ")})`);
}

type Marker = keyof Pick<NoticeVars, "amount" | "paymentCode" | "checkCode">;
const marker = (name: Marker) => `⟪${name}⟫`;

/**
 * A notice body as SQL: the template rendered with the round's fixed values and markers for the
 * per-order ones, which replace() then fills from the named columns.
 */
export function noticeBodySql(kind: "PAYMENT" | "NOT_SELECTED", fixed: Partial<NoticeVars>, columns: Partial<Record<Marker, string>>): Prisma.Sql {
  const template = smsTemplates[kind]!;
  const markers = Object.fromEntries(Object.keys(columns).map((k) => [k, marker(k as Marker)]));
  let sql = Prisma.sql`${template({ ...fixed, ...markers } as NoticeVars)}::text`;
  for (const [name, column] of Object.entries(columns)) sql = Prisma.sql`replace(${sql}, ${marker(name as Marker)}, (${Prisma.raw(column)})::text)`;
  return sql;
}

/**
 * The batch's rows whose code clashes: with a stored one (an index probe per row, through `stored`)
 * or with an earlier row of the batch (one sort, not a self-join — at 60,000 rows a self-join
 * without an index ran for minutes).
 */
export function clashing(column: "check_code", stored: Prisma.Sql): Prisma.Sql {
  const col = Prisma.raw(column);
  return Prisma.sql`${stored}
    UNION SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY ${col} ORDER BY id) AS n FROM draw_batch WHERE ${col} IS NOT NULL) d WHERE d.n > 1`;
}

/**
 * Random codes are unique by constraint. A clash (rare: 31^8 check codes)
 * fails the statement; roll back to just before it, draw new codes for the clashing rows only, and
 * try again — cheaper than probing every code in advance, and just as certain.
 */
export async function retryingCollisions(tx: Prisma.TransactionClient, constraint: string, write: () => Promise<void>, redraw: () => Promise<number>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await tx.$executeRaw`SAVEPOINT draw_codes`;
    try {
      await write();
      await tx.$executeRaw`RELEASE SAVEPOINT draw_codes`;
      return;
    } catch (e) {
      if (attempt >= 5 || !String((e as Error).message).includes(constraint)) throw e;
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT draw_codes`;
      await redraw();
    }
  }
}
