import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { PRODUCTION_ENV } from "../support/production-env";

// Production refuses to start without its secret, with a stand-in, or with an adapter unchosen or
// unconfigured; local use gets the stand-ins (issue 7 item 3, D50, D51).
const DB = { DATABASE_URL: "postgresql://u@h:5432/emask" };
const without = (key: keyof typeof PRODUCTION_ENV) => Object.fromEntries(Object.entries(PRODUCTION_ENV).filter(([k]) => k !== key));

describe("environment", () => {
  it("local use (development, tests, the demo) gets a development secret and every stand-in", () => {
    const e = parseEnv({ ...DB, NODE_ENV: "development" });
    expect(e.local).toBe(true);
    expect(new Set(Object.values(e.adapters))).toEqual(new Set(["standin"]));
    expect(e.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(parseEnv({ ...DB, NODE_ENV: "production", EMASK_DEPLOYMENT: "local" }).local).toBe(true);
  });

  it("a production deployment without NEXTAUTH_SECRET is refused", () => {
    expect(() => parseEnv({ ...DB, ...without("NEXTAUTH_SECRET") })).toThrow(/NEXTAUTH_SECRET is required/);
  });

  it("issue 7 item 3: a production build with no adapter chosen is refused with one message naming every missing setting", () => {
    let message = "";
    try {
      parseEnv({ ...DB, NODE_ENV: "production", NEXTAUTH_SECRET: "s".repeat(40) });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Invalid environment \(production deployment\)/);
    for (const key of ["NHI_CARD", "CERTIFICATE", "TELECOM", "SMS", "MAIL", "PAYMENT"]) {
      expect(message).toContain(`EMASK_${key}_ADAPTER is missing`);
    }
  });

  it("issue 7 item 3: each stand-in is refused by name outside local use, one setting at a time", () => {
    for (const key of ["EMASK_NHI_CARD_ADAPTER", "EMASK_CERTIFICATE_ADAPTER", "EMASK_TELECOM_ADAPTER", "EMASK_SMS_ADAPTER", "EMASK_MAIL_ADAPTER", "EMASK_PAYMENT_ADAPTER"]) {
      expect(() => parseEnv({ ...DB, ...PRODUCTION_ENV, [key]: "standin" })).toThrow(`${key}=standin is for local use only`);
    }
  });

  it("issue 7 item 3: the old all-at-once switch EMASK_ALLOW_STANDINS is refused, not obeyed", () => {
    expect(() => parseEnv({ ...DB, ...PRODUCTION_ENV, EMASK_ALLOW_STANDINS: "yes" })).toThrow(/EMASK_ALLOW_STANDINS no longer exists/);
  });

  it("issue 7 item 3: a real adapter without its settings is refused, naming them; the complete configuration starts", () => {
    expect(() => parseEnv({ ...DB, ...without("EMASK_SMS_TOKEN") })).toThrow("EMASK_SMS_ADAPTER=http needs EMASK_SMS_TOKEN");
    expect(() => parseEnv({ ...DB, ...without("EMASK_PUBLIC_ORIGIN") })).toThrow("EMASK_MAIL_ADAPTER=http needs EMASK_PUBLIC_ORIGIN");
    expect(() => parseEnv({ ...DB, ...without("EMASK_MOICA_TRUST_DIR") })).toThrow("EMASK_CERTIFICATE_ADAPTER=moica needs EMASK_MOICA_TRUST_DIR");
    expect(() => parseEnv({ ...DB, ...without("EMASK_TELECOM_KEYS_DIR") })).toThrow("EMASK_TELECOM_ADAPTER=operator needs EMASK_TELECOM_KEYS_DIR");
    expect(() => parseEnv({ ...DB, ...PRODUCTION_ENV, EMASK_PAYMENT_CALLBACK_SECRET: "short" })).toThrow(/EMASK_PAYMENT_CALLBACK_SECRET/);
    const e = parseEnv({ ...DB, ...PRODUCTION_ENV });
    expect(e.local).toBe(false);
    expect(e.adapters).toEqual({
      EMASK_NHI_CARD_ADAPTER: "nhia", EMASK_CERTIFICATE_ADAPTER: "moica", EMASK_TELECOM_ADAPTER: "operator",
      EMASK_SMS_ADAPTER: "http", EMASK_MAIL_ADAPTER: "http", EMASK_PAYMENT_ADAPTER: "gateway",
    });
  });

  it("issue 7 item 2: a deployment not started through scripts/server.mjs (no socket address for rate limits) is refused", () => {
    expect(() => parseEnv({ ...DB, ...without("EMASK_SOCKET_ADDRESS_HEADER") })).toThrow(/scripts\/server\.mjs/);
    expect(() => parseEnv({ ...DB, ...PRODUCTION_ENV, EMASK_TRUSTED_PROXIES: "10.0.0.1, not-an-ip" })).toThrow(/EMASK_TRUSTED_PROXIES/);
    expect(parseEnv({ ...DB, ...PRODUCTION_ENV, EMASK_TRUSTED_PROXIES: "10.0.0.1, ::1" }).EMASK_TRUSTED_PROXIES).toEqual(["10.0.0.1", "::1"]);
  });

  it("a missing or malformed DATABASE_URL is named in the error", () => {
    expect(() => parseEnv({ NODE_ENV: "development" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });
});
