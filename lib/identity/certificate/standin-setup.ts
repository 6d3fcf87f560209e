import type { PrismaClient } from "@/lib/generated/prisma/client";
import { standinDir } from "@/lib/identity/standins/dir";
import { createTestCa } from "./standin-ca";
import { demoCardPlan } from "./demo-cards";
import { createStandinSigner } from "./standin-signer";

/**
 * Prepares the I4 stand-ins for the demo and tests (called by db:seed): the test CA with the demo
 * people's certificate cards (kept if it exists; missing cards added; stale CRLs republished), and
 * every card's PIN counter back to zero so a locked demo card is usable again after a reseed.
 */
export async function setupStandin(ctx: { prisma: PrismaClient; databaseUrl: string; log: (line: string) => void }): Promise<void> {
  const dir = standinDir("moica", ctx.databaseUrl);
  await createTestCa({ dir, cards: demoCardPlan(), log: ctx.log });
  createStandinSigner(dir).resetPins();
}
