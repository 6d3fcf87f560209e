import type { PrismaClient } from "@/lib/generated/prisma/client";
import { operatorKeys } from "./standin-telecom";
import { SUBSCRIBERS } from "./standin-subscribers";

/**
 * Prepares the stand-in telecom operator (called by db:seed; re-runnable): its Ed25519 signing
 * key in this database's stand-in folder (kept if present, so answers stay verifiable across
 * restarts), and a check that every subscriber's holder is an insured person in this database —
 * a register naming someone the registry does not know would make the demo's numbers lie.
 */
export async function setupStandin({ prisma, databaseUrl, log }: { prisma: PrismaClient; databaseUrl: string; log: (line: string) => void }): Promise<void> {
  operatorKeys(databaseUrl);
  const holders = [...new Set(SUBSCRIBERS.map((s) => s.holderIdNumber))];
  const known = await prisma.person.findMany({ where: { idNumber: { in: holders } }, select: { idNumber: true } });
  const missing = holders.filter((h) => !known.some((k) => k.idNumber === h));
  if (missing.length > 0) log(`[seed] telecom stand-in: ${missing.length} subscriber holder(s) not in the registry`);
  log(`[seed] telecom stand-in: ${SUBSCRIBERS.length} subscriber numbers, operator key ready`);
}
