import { readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { dayInTaipei, type Day } from "@/lib/rules";
import { env } from "@/lib/env";

/**
 * The one clock. Domain code never calls `new Date()` for "now": it asks here, so the whole app
 * agrees on the time.
 *
 * Outside production the demo (and the e2e walk-through of a whole round) can move this clock: the
 * offset from real time lives in a small file per database, so the web server, background jobs and
 * tests in other processes all see the same moved time. A real deployment never reads the file
 * (EMASK_DEPLOYMENT is not "local"), so its clock cannot be moved.
 */
type ClockFile = { offsetMs: number };

let cache: { file: string; mtimeMs: number; offsetMs: number } | undefined;
// The file's path per database URL: `now()` is called several times per order at 09:00, and
// parsing the URL each time showed in the intake's profile.
let pathFor: { url: string; file: string } | undefined;

function clockFile(): string | null {
  let e: ReturnType<typeof env>;
  try {
    e = env();
  } catch {
    return null; // no database configured (a build, a pure unit test): real time
  }
  if (!e.local) return null;
  if (pathFor?.url === e.DATABASE_URL) return pathFor.file;
  const url = new URL(e.DATABASE_URL);
  const name = `${url.port || "5432"}-${decodeURIComponent(url.pathname.slice(1)) || "default"}`;
  pathFor = { url: e.DATABASE_URL, file: path.join(process.cwd(), ".data", "clock", `${name}.json`) };
  return pathFor.file;
}

function offsetMs(): number {
  const file = clockFile();
  if (!file) return 0;
  try {
    const { mtimeMs } = statSync(file);
    if (cache?.file === file && cache.mtimeMs === mtimeMs) return cache.offsetMs;
    const parsed = JSON.parse(readFileSync(file, "utf8")) as ClockFile;
    const offset = Number.isFinite(parsed.offsetMs) ? parsed.offsetMs : 0;
    cache = { file, mtimeMs, offsetMs: offset };
    return offset;
  } catch {
    return 0; // no file: real time
  }
}

export function now(): Date {
  return new Date(Date.now() + offsetMs());
}

/** Today as a calendar day in Asia/Taipei. */
export function today(): Day {
  return dayInTaipei(now());
}

/** Local use only: make `now()` read `to` from this moment on (null = back to real time). */
export function setClock(to: Date | null): void {
  const file = clockFile();
  if (!file) throw new Error("The clock can only be moved in local use (development, tests, the demo).");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ offsetMs: to ? to.getTime() - Date.now() : 0 }));
  cache = undefined;
}
