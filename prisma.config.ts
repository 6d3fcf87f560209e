import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `generate`, `validate` and `format` (the native schema
// engine cannot be downloaded on our machines). Migrations are applied by scripts/db/migrate.ts
// through Prisma's own schema engine compiled to WebAssembly; see docs/decisions.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/emask" },
});
