import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { csvLine, type Cell } from "./csv";

/**
 * Exports stream from PostgreSQL through a server-side cursor (issue 10 item 5): one snapshot
 * (REPEATABLE READ, read only), `FETCH` a few thousand rows only when the response asks for more
 * (the ReadableStream's pull), so memory stays flat however many rows — 1.2 M orders — and a
 * client that stops reading stops the query. Its own small pool: a long download must not hold
 * one of the Prisma pool's connections that requests need.
 */
const globalForExports = globalThis as unknown as { emaskExportPool?: pg.Pool };

function pool(): pg.Pool {
  globalForExports.emaskExportPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 4 });
  return globalForExports.emaskExportPool;
}

export const FETCH_ROWS = 2000;
const encoder = new TextEncoder();

/** CSV of `header` then `toCells(row)` for every row of `sql`, streamed. */
export function streamCsv<R extends pg.QueryResultRow>(header: readonly string[], sql: string, params: unknown[], toCells: (row: R) => readonly Cell[]): ReadableStream<Uint8Array> {
  let client: pg.PoolClient | null = null;
  const release = (err?: Error) => {
    client?.release(err);
    client = null;
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!client) {
            client = await pool().connect();
            await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
            controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`)); // BOM: Excel reads UTF-8
            return;
          }
          const { rows } = await client.query<R>(`FETCH ${FETCH_ROWS} FROM export_rows`);
          if (rows.length === 0) {
            await client.query("COMMIT");
            release();
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(rows.map((r) => csvLine(toCells(r))).join("")));
        } catch (e) {
          release(e as Error);
          controller.error(e);
        }
      },
      async cancel() {
        // The client went away: end the transaction (and the cursor) and give the connection back.
        try {
          await client?.query("ROLLBACK");
          release();
        } catch (e) {
          release(e as Error);
        }
      },
    },
    { highWaterMark: 1 },
  );
}

/** Consume a whole CSV stream (tests, bench): lines and the largest chunk seen. */
export async function drain(stream: ReadableStream<Uint8Array>, onLine?: (line: string) => void): Promise<{ lines: number; bytes: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  let lines = 0;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    rest += decoder.decode(value, { stream: true });
    const parts = rest.split("\r\n");
    rest = parts.pop()!;
    for (const p of parts) {
      lines++;
      onLine?.(p);
    }
  }
  return { lines, bytes };
}

/** Tests and scripts end the export pool so their process can exit. */
export async function closeExportPool(): Promise<void> {
  await globalForExports.emaskExportPool?.end();
  globalForExports.emaskExportPool = undefined;
}
