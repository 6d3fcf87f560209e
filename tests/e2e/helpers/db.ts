import pg from "pg";

/**
 * The e2e server's database (scripts/db/postgres.ts, purpose "e2e"): for test set-up and for checking
 * what the app wrote — never to stand in for the app.
 */
export function e2eDatabaseUrl(): string {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `${url.pathname.slice(1)}_e2e`;
    return url.toString();
  }
  return `postgresql://postgres:emask-local-only@127.0.0.1:${process.env.EMASK_PG_PORT ?? 54322}/emask_e2e`;
}

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  return sqlAt<T>(e2eDatabaseUrl(), text, values);
}

/** The same on another database of the e2e server (e.g. one a spec creates for itself). */
export async function sqlAt<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The demo clock's file for the e2e database (lib/clock.ts): removing it returns to real time. */
export function e2eClockFile(): string {
  const url = new URL(e2eDatabaseUrl());
  return `.data/clock/${url.port || "5432"}-${decodeURIComponent(url.pathname.slice(1))}.json`;
}
