/**
 * Prisma's own schema engine, compiled to WebAssembly (`@prisma/schema-engine-wasm`).
 *
 * Why: the Prisma 7 CLI downloads a native schema engine at start-up, which cannot work on our
 * offline machines (and `prisma migrate deploy` then exits 0 having applied nothing). The same
 * engine ships as WebAssembly; given a driver adapter it applies `prisma/migrations` exactly as
 * `prisma migrate deploy` does (same SQL, same `_prisma_migrations` bookkeeping) and diffs schemas
 * to write new migrations. On a connected machine `prisma migrate deploy` works on the same folder.
 */
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** Instantiate the wasm module by hand: its package expects a bundler to wire the imports. */
async function loadBindings(): Promise<Bindings> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

let bindingsPromise: Promise<Bindings> | undefined;

type OpenEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * An engine bound to one database. `close()` ends its connections: the engine holds Prisma's
 * migration advisory lock on its session, and a later engine would wait 10 s for it otherwise.
 */
export async function openEngine(connectionString: string): Promise<OpenEngine> {
  bindingsPromise ??= loadBindings();
  const { SchemaEngine } = await bindingsPromise;
  const factory = wholeScriptAdapter(connectionString);
  const log = () => {}; // engine tracing; errors arrive as rejected promises
  const engine = await SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    close: async () => {
      engine.free();
      await factory.dispose();
    },
  };
}

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks on a ";" in a
 * comment or in a function body ($$ … $$). The native engine sends the script whole, and so do we:
 * PostgreSQL's simple-query protocol runs several statements in one round trip.
 */
function wholeScriptAdapter(connectionString: string) {
  const base = new PrismaPg({ connectionString });
  const opened: { dispose(): Promise<void> }[] = [];
  return {
    dispose: async () => {
      await Promise.all(opened.map((a) => a.dispose()));
    },
    provider: base.provider as "postgres",
    adapterName: base.adapterName,
    connectToShadowDb: () => base.connectToShadowDb(),
    async connect() {
      const adapter = await base.connect();
      opened.push(adapter);
      const pool = adapter.underlyingDriver();
      adapter.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (error) {
          (adapter as unknown as { onError(e: unknown): never }).onError(error);
        }
      };
      return adapter;
    },
  };
}

/** Read `prisma/migrations` the way the Prisma CLI does. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/** Apply pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const { engine, close } = await openEngine(connectionString);
  try {
    const out = await engine.applyMigrations({ migrationsList: await readMigrations(dir), filters: NO_FILTER });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The SQL that turns schema `from` (or an empty database) into schema `to`. The engine connects
 * at start-up, so it needs a reachable server, but the diff reads no table of it.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  const { engine, close } = await openEngine(connectionString);
  try {
    const target = (content: string) => ({ tag: "schemaDatamodel" as const, files: [{ path: SCHEMA_PATH, content }] });
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}
