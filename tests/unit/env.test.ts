import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

// Production refuses to start without its secret or with the local stand-ins (unless allowed).
const DB = { DATABASE_URL: "postgresql://u@h:5432/emask" };

describe("environment", () => {
  it("local use (development, tests, the demo) gets a development secret and the stand-ins", () => {
    const e = parseEnv({ ...DB, NODE_ENV: "development" });
    expect(e.local).toBe(true);
    expect(e.standinsAllowed).toBe(true);
    expect(e.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(parseEnv({ ...DB, NODE_ENV: "production", EMASK_DEPLOYMENT: "local" }).standinsAllowed).toBe(true);
  });

  it("a production deployment without NEXTAUTH_SECRET is refused", () => {
    expect(() => parseEnv({ ...DB, NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("a production deployment refuses the stand-ins unless EMASK_ALLOW_STANDINS=yes", () => {
    const secret = { NEXTAUTH_SECRET: "s".repeat(40) };
    expect(parseEnv({ ...DB, ...secret, NODE_ENV: "production" }).standinsAllowed).toBe(false);
    expect(parseEnv({ ...DB, ...secret, NODE_ENV: "production", EMASK_ALLOW_STANDINS: "yes" }).standinsAllowed).toBe(true);
  });

  it("a missing or malformed DATABASE_URL is named in the error", () => {
    expect(() => parseEnv({ NODE_ENV: "development" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });
});
