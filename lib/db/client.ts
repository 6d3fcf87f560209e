import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The database module (style: one of it). Prisma 7 needs no engine binary: it talks to PostgreSQL
 * through the `pg` driver adapter. Both are kept on globalThis so that hot reloads in development,
 * repeated imports anywhere, and the two bundles of one process (Next's and the intake fast path's,
 * D84) share one of each.
 */
const globalForDb = globalThis as unknown as { emaskPrisma?: PrismaClient; emaskHotPool?: pg.Pool };

export function db(): PrismaClient {
  globalForDb.emaskPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
  });
  return globalForDb.emaskPrisma;
}

/**
 * Plain `pg` for the one statement pair on the opening spike's path (placing an order, D84): Prisma's
 * raw-query layer cost more CPU per order than the two statements themselves. Everything else goes
 * through db(). Its own small pool: what it holds is bounded by `max` and released when idle.
 * Four connections, not pg's ten (D178): an order is one short statement (D176), so more backends
 * than the database has cores only take turns on them — on the 2-core bench, p99 at 200 connections
 * 194–239 ms with 4 against 195–323 ms with 10. With N processes behind PgBouncer, count 4 + Prisma's
 * pool per process.
 */
export function hotPool(): pg.Pool {
  globalForDb.emaskHotPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 4, allowExitOnIdle: true });
  return globalForDb.emaskHotPool;
}

/** Close both pools (a script or benchmark that drops its database afterwards needs every connection gone). */
export async function disconnectDb(): Promise<void> {
  const { emaskPrisma, emaskHotPool } = globalForDb;
  globalForDb.emaskPrisma = undefined;
  globalForDb.emaskHotPool = undefined;
  await Promise.all([emaskPrisma?.$disconnect(), emaskHotPool?.end()]);
}
