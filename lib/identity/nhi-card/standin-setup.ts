import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Prepares this party's local stand-in for the demo and tests (called by db:seed). */
export async function setupStandin(_ctx: { prisma: PrismaClient; databaseUrl: string; log: (line: string) => void }): Promise<void> {}
