import type { PrismaClient } from "@/lib/generated/prisma/client";
import { standinMasterKey } from "./standin-master-key";

/**
 * Prepares the NHI-card stand-ins (called by db:seed, re-runnable): the issuer's master key, from
 * which every virtual card's secret derives. The virtual cards themselves are the registry's
 * active NHI cards (standin-card-reader.ts), so nothing else needs writing.
 */
export async function setupStandin({ prisma, databaseUrl, log }: { prisma: PrismaClient; databaseUrl: string; log: (line: string) => void }): Promise<void> {
  standinMasterKey(databaseUrl);
  const cards = await prisma.nhiCard.count({ where: { status: "ACTIVE" } });
  log(`[seed] NHI-card stand-in: master key ready, ${cards} virtual cards`);
}
