/**
 * The seed (deterministic for a given day, re-runnable: everything is upserted by its natural key).
 * Every deployment gets the reference data: the four chains and their logistics centres. Only local
 * use (development, tests, the demo) gets the demo data set: a few hundred generated stores across
 * Taiwan, the 2020 round and a demo round around today with per-store supply, demo people, staff
 * with published passwords, pharmacies with published keys, and the stand-ins' data (issue 7
 * item 3, D53). `local` has no default: every caller says which it is.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dayInTaipei, type Day } from "@/lib/rules";
import { hashPassword } from "@/lib/auth/password";
import { CHAINS, LOGISTICS_CENTRES, generateStores, type ChainCode } from "@/lib/seed/stores";
import { createRandom } from "@/lib/seed/random";
import { ROUND_2020, roundAround, upsertPerson, upsertRound, type RoundSeed } from "@/lib/seed/factories";
import { DEMO_PEOPLE, DEMO_PHARMACIES, DEMO_STAFF, DEMO_TOTP_SECRET, demoPharmacyKey } from "@/lib/seed/demo";
import { encryptTotpSecret } from "@/lib/staff/totp";
import { apiKeyDigest } from "@/lib/pharmacy/authenticate";
import { setupStandin as setupCertificateStandin } from "@/lib/identity/certificate/standin-setup";
import { setupStandin as setupNhiCardStandin } from "@/lib/identity/nhi-card/standin-setup";
import { setupStandin as setupPhoneStandin } from "@/lib/identity/phone/standin-setup";

export const SEED_STORE_COUNT = 400;

type Options = { local: boolean; today?: Day; log?: (line: string) => void };

export async function seedDatabase(url: string, options: Options): Promise<void> {
  const today = options.today ?? dayInTaipei(new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const centreIds = await seedChains(prisma);
    if (!options.local) {
      log("[seed] deployment: chains and logistics centres only (no demo stores, rounds, people, staff or keys)");
      return;
    }
    const storeIds = await seedStores(prisma, centreIds);
    for (const round of [ROUND_2020, roundAround(today)]) await seedRound(prisma, round, storeIds);
    for (const person of DEMO_PEOPLE) await upsertPerson(prisma, person);
    // The demo clerk works at the second store (ample supply); the first has 1 pack, so it draws.
    await seedStaff(prisma, storeIds[1]!);
    for (const p of DEMO_PHARMACIES) {
      const data = { ...p, apiKeyHash: apiKeyDigest(demoPharmacyKey(p.code)) };
      await prisma.pharmacy.upsert({ where: { code: p.code }, create: data, update: data });
    }
    // The local stand-ins for outside parties (test CA, virtual cards, telecom) get their data.
    for (const setup of [setupCertificateStandin, setupNhiCardStandin, setupPhoneStandin]) await setup({ prisma, databaseUrl: url, log });
    log(`[seed] ${storeIds.length} stores, 2 rounds (demo round around ${today}), ${DEMO_PEOPLE.length} people`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Reference data every deployment needs: the four chains and their logistics centres. */
async function seedChains(prisma: PrismaClient): Promise<Map<string, string>> {
  const centreIds = new Map<string, string>();
  for (const chain of CHAINS) {
    const data = { nameZh: chain.zh, nameEn: chain.en };
    await prisma.chain.upsert({ where: { id: chain.code }, create: { id: chain.code, ...data }, update: data });
    for (const [region, name] of Object.entries(LOGISTICS_CENTRES[chain.code as ChainCode])) {
      const centre = await prisma.logisticsCentre.upsert({
        where: { chainId_name: { chainId: chain.code, name } },
        create: { chainId: chain.code, name, region },
        update: { region },
        select: { id: true },
      });
      centreIds.set(`${chain.code}/${name}`, centre.id);
    }
  }
  return centreIds;
}

async function seedStores(prisma: PrismaClient, centreIds: Map<string, string>): Promise<string[]> {
  const ids: string[] = [];
  await prisma.$transaction(
    async (tx) => {
      for (const s of generateStores(SEED_STORE_COUNT)) {
        const data = {
          chainId: s.chain,
          name: s.name,
          nameEn: s.nameEn,
          county: s.countyZh,
          town: s.townZh,
          postalCode: s.postalCode,
          address: s.address,
          countyEn: s.countyEn,
          townEn: s.townEn,
          addressEn: s.addressEn,
          latitude: s.latitude,
          longitude: s.longitude,
          logisticsCentreId: centreIds.get(`${s.chain}/${s.logisticsCentre}`)!,
        };
        const store = await tx.store.upsert({ where: { code: s.code }, create: { code: s.code, ...data }, update: data, select: { id: true } });
        ids.push(store.id);
      }
    },
    { timeout: 120_000 },
  );
  return ids;
}

/** Supply per store: mostly ample, a few stores short so the draw (R2) has work to do. */
async function seedRound(prisma: PrismaClient, round: RoundSeed, storeIds: string[]): Promise<void> {
  const { id: roundId } = await upsertRound(prisma, round);
  const random = createRandom(round.name.length * 7919 + storeIds.length);
  const rows = storeIds.map((storeId, i) => ({ roundId, storeId, packs: i % 25 === 0 ? 1 : random.int(5, 40) }));
  await prisma.$transaction([
    prisma.storeSupply.deleteMany({ where: { roundId } }),
    prisma.storeSupply.createMany({ data: rows }),
  ]);
}

async function seedStaff(prisma: PrismaClient, clerkStoreId: string): Promise<void> {
  for (const s of DEMO_STAFF) {
    const data = {
      displayName: s.displayName,
      role: s.role,
      passwordHash: await hashPassword(s.password),
      storeId: s.role === "CLERK" ? clerkStoreId : null,
      // D122: the known demo second factor (local seed only; a deployment's seed creates no staff).
      totpSecret: encryptTotpSecret(DEMO_TOTP_SECRET),
      totpEnrolledAt: new Date(),
    };
    await prisma.staffAccount.upsert({ where: { username: s.username }, create: { username: s.username, ...data }, update: data });
  }
}
