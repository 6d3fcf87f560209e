/**
 * Creates the I4 test certificate authority and the demo people's certificate cards:
 *   "Test Government Root CA" (stands for GRCA) → "Test MOICA" → one card per national demo person
 *   (one revoked and listed in the published CRL, one expired), plus an impostor hierarchy.
 *
 *   npx tsx scripts/ca/create-test-ca.ts [--dir <folder>]
 *
 * Default folder: the stand-in folder of DATABASE_URL's database (the dev/demo one when unset),
 * which is where `npm run db:seed` puts it too (lib/identity/certificate/standin-setup.ts calls the
 * same function). Idempotent: an existing CA is kept, missing cards are added, stale CRLs renewed.
 * The code lives in lib/identity/certificate/standin-ca.ts so the seed and the app can use it.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { standinDir } from "@/lib/identity/standins/dir";
import { createTestCa } from "@/lib/identity/certificate/standin-ca";
import { demoCardPlan } from "@/lib/identity/certificate/demo-cards";

export { createTestCa, demoCardPlan };

const DEV_DATABASE = "postgresql://postgres@127.0.0.1:54320/emask";

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf("--dir");
  const dir = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]!) : standinDir("moica", process.env.DATABASE_URL ?? DEV_DATABASE);
  const { created } = await createTestCa({ dir, cards: demoCardPlan(), log: (line) => console.error(line) });
  console.error(created ? `[moica] created in ${dir}` : `[moica] already present in ${dir} (kept; CRLs checked)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
