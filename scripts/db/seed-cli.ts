/** `npm run db:seed`: seed the development database (DATABASE_URL, or the embedded one). */
import { startDatabase } from "./postgres";
import { applyMigrations } from "./schema-engine";
import { seedDatabase } from "./seed";
import { isLocalDeployment } from "@/lib/env";

async function main(): Promise<void> {
  const db = await startDatabase("dev");
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url; // what lib/env (and so the seed's code) reads
    // Demo data only for local use: EMASK_DEPLOYMENT=local, or unmarked and not NODE_ENV=production
    // (lib/env.ts, D14). A deployment gets the reference data alone (issue 7 item 3).
    const local = isLocalDeployment(process.env);
    console.error(`[seed] ${local ? "local use: reference and demo data" : "deployment: reference data only"}`);
    await seedDatabase(db.url, { local });
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
