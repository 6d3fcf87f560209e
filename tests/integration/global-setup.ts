import type { TestProject } from "vitest/node";
import { startDatabase, dropDatabase, ensureDatabaseExists, type Database } from "../../scripts/db/postgres";
import { applyMigrations } from "../../scripts/db/schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// Integration tier: one real PostgreSQL for the run (the project's own, or a `<name>_test`
// database beside DATABASE_URL), recreated empty and migrated, so no run sees another's data.
let database: Database | undefined;

export async function setup(project: TestProject): Promise<void> {
  database = await startDatabase("test");
  await dropDatabase(database.url);
  await ensureDatabaseExists(database.url);
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
}

export async function teardown(): Promise<void> {
  await database?.stop();
}
