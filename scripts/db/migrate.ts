/**
 * `npm run db:migrate`: apply pending migrations in prisma/migrations to the database
 * (DATABASE_URL, or the project's own embedded PostgreSQL). Safe to run any number of times.
 */
import { startDatabase, type Purpose } from "./postgres";
import { applyMigrations } from "./schema-engine";

async function main(): Promise<void> {
  const purpose: Purpose = process.argv.includes("--test") ? "test" : "dev";
  const db = await startDatabase(purpose);
  try {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0), // the engine keeps a connection open: exit explicitly
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
