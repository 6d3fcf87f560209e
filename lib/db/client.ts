import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The single Prisma client (style: one database module). Prisma 7 needs no engine binary: it
 * talks to PostgreSQL through the `pg` driver adapter. The instance is kept on globalThis so that
 * hot reloads in development, and repeated imports anywhere, share one connection pool.
 */
const globalForPrisma = globalThis as unknown as { emaskPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.emaskPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
  });
  return globalForPrisma.emaskPrisma;
}
