/** `npm run db:seed`: seed the development database (DATABASE_URL, or the embedded one). */
import { startDatabase } from "./postgres";
import { applyMigrations } from "./schema-engine";
import { seedDatabase } from "./seed";

async function main(): Promise<void> {
  const db = await startDatabase("dev");
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url; // what lib/env (and so the seed's code) reads
    // Demo staff accounts only for local use (see lib/env.ts: EMASK_DEPLOYMENT).
    const production = process.env.EMASK_DEPLOYMENT === "production";
    await seedDatabase(db.url, { production });
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
