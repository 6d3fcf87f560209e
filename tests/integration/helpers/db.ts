import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The test run's database (see global-setup.ts). Never mocked. */
export const databaseUrl = (): string => inject("databaseUrl");

let client: PrismaClient | undefined;

export function testDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) });
  return client;
}

/** Empty every table but the migration history, so each test file starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const prisma = testDb();
  const rows = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = rows.map((r) => `"public"."${r.tablename}"`).join(", ");
  if (list) await prisma.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
