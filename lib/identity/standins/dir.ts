import path from "node:path";
import { mkdirSync } from "node:fs";
import { env } from "@/lib/env";

/**
 * Where the local stand-ins for outside parties keep their state (test CA, virtual cards' keys,
 * PIN counters, mail and SMS inboxes): `.data/standins/<database name>/<party>`, git-ignored, one
 * folder per database so the demo, the e2e run and a test database never share stand-in state.
 */
export function standinDir(party: string, databaseUrl: string = env().DATABASE_URL): string {
  const dbName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "default";
  const dir = path.join(process.cwd(), ".data", "standins", dbName, party);
  mkdirSync(dir, { recursive: true });
  return dir;
}
