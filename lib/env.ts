import { isIP } from "node:net";
import { z } from "zod";

/**
 * The one place that reads process.env (style: typed env). Parsed lazily on first use so that
 * `next build` can import modules without a database configured; instrumentation.ts parses it at
 * start-up and stops the process when it is invalid (D50).
 */
const DEV_SECRET = "emask-development-only-secret-never-use-in-production";

/**
 * Each outside party is an adapter chosen by its own setting (D51). "standin" is the local
 * simulation (development, tests, the demo) and is refused outside local use; "off" switches a
 * verification path off (it answers 503 and the chooser still lists the other ways); the other
 * values are real adapters, each needing the settings listed in ADAPTER_NEEDS.
 */
export const ADAPTERS = {
  EMASK_NHI_CARD_ADAPTER: ["standin", "nhia", "off"],
  EMASK_CERTIFICATE_ADAPTER: ["standin", "moica", "off"],
  EMASK_TELECOM_ADAPTER: ["standin", "operator", "off"],
  EMASK_SMS_ADAPTER: ["standin", "http"],
  EMASK_MAIL_ADAPTER: ["standin", "http"],
  EMASK_PAYMENT_ADAPTER: ["standin", "gateway"],
} as const;

type AdapterSetting = keyof typeof ADAPTERS;

/** The settings a real adapter cannot run without. */
const ADAPTER_NEEDS: Record<string, readonly string[]> = {
  "EMASK_NHI_CARD_ADAPTER=nhia": ["EMASK_NHIA_URL", "EMASK_NHIA_TOKEN"],
  "EMASK_CERTIFICATE_ADAPTER=moica": ["EMASK_MOICA_TRUST_DIR"],
  "EMASK_TELECOM_ADAPTER=operator": ["EMASK_TELECOM_ASSERTION_URL", "EMASK_TELECOM_KEYS_DIR"],
  "EMASK_SMS_ADAPTER=http": ["EMASK_SMS_URL", "EMASK_SMS_TOKEN"],
  "EMASK_MAIL_ADAPTER=http": ["EMASK_MAIL_URL", "EMASK_MAIL_TOKEN", "EMASK_PUBLIC_ORIGIN"],
  "EMASK_PAYMENT_ADAPTER=gateway": ["EMASK_PAYMENT_CALLBACK_SECRET", "EMASK_PAYMENT_BANK_CODE", "EMASK_PAYMENT_CHECKOUT_URL"],
};

const adapter = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();
const url = z.string().url().optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Set by the project's scripts (embedded PostgreSQL) or by the operator in production. */
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Signs session cookies (next-auth) and keys the HMACs of codes. Required in production. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /**
   * "local" for development, tests and the demo (scripts/with-db.ts sets it, since `next start`
   * always runs with NODE_ENV=production); anything else is a real deployment. Unset, a
   * production build counts as a deployment: the safe default.
   */
  EMASK_DEPLOYMENT: z.enum(["local", "production"]).optional(),
  /** Removed (issue 7 item 3): it switched every stand-in on at once. Named in the error if set. */
  EMASK_ALLOW_STANDINS: z.string().optional(),
  EMASK_NHI_CARD_ADAPTER: adapter(ADAPTERS.EMASK_NHI_CARD_ADAPTER),
  EMASK_CERTIFICATE_ADAPTER: adapter(ADAPTERS.EMASK_CERTIFICATE_ADAPTER),
  EMASK_TELECOM_ADAPTER: adapter(ADAPTERS.EMASK_TELECOM_ADAPTER),
  EMASK_SMS_ADAPTER: adapter(ADAPTERS.EMASK_SMS_ADAPTER),
  EMASK_MAIL_ADAPTER: adapter(ADAPTERS.EMASK_MAIL_ADAPTER),
  EMASK_PAYMENT_ADAPTER: adapter(ADAPTERS.EMASK_PAYMENT_ADAPTER),
  EMASK_NHIA_URL: url,
  EMASK_NHIA_TOKEN: z.string().min(16).optional(),
  EMASK_MOICA_TRUST_DIR: z.string().min(1).optional(),
  /** Where the phone reaches the telecom operator over its mobile-data session (I5, D30). */
  EMASK_TELECOM_ASSERTION_URL: url,
  /** The operator's published Ed25519 public keys, one `<keyId>.pem` per key. */
  EMASK_TELECOM_KEYS_DIR: z.string().min(1).optional(),
  EMASK_SMS_URL: url,
  EMASK_SMS_TOKEN: z.string().min(16).optional(),
  EMASK_MAIL_URL: url,
  EMASK_MAIL_TOKEN: z.string().min(16).optional(),
  /** The site's public address (https://…): e-mailed links are made absolute with it. */
  EMASK_PUBLIC_ORIGIN: url,
  /** Hex, at least 32 bytes: the gateway signs its callbacks with it (HMAC-SHA256). */
  EMASK_PAYMENT_CALLBACK_SECRET: z.string().regex(/^[0-9a-fA-F]{64,}$/, "must be at least 32 bytes in hex").optional(),
  EMASK_PAYMENT_BANK_CODE: z.string().regex(/^\d{3}$/, "must be a 3-digit bank code").optional(),
  EMASK_PAYMENT_CHECKOUT_URL: url,
  /**
   * Issue 7 item 2: the reverse proxies whose `X-Forwarded-For` is believed, comma-separated IP
   * addresses (none by default). The client address is the right-most hop that is not one of them.
   */
  EMASK_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((a) => a.trim()).filter(Boolean))
    .refine((list) => list.every((a) => isIP(a) !== 0), { message: "EMASK_TRUSTED_PROXIES must be comma-separated IP addresses" }),
  /**
   * Set to "1" by scripts/server.mjs, which writes each connection's socket address into a header
   * it overwrites (lib/http/client-address.ts). Without it (plain `next dev`/`next start`) that
   * header could come from the client, so it is not read.
   */
  EMASK_SOCKET_ADDRESS_HEADER: z.enum(["1"]).optional(),
  /** Seconds between two ticks of the background worker in each server process (D83). */
  EMASK_JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /** Stores per draw batch: one short transaction each (D80). */
  EMASK_DRAW_STORES_PER_BATCH: z.coerce.number().int().min(1).max(100_000).default(500),
});

type Raw = z.infer<typeof schema>;
export type Adapters = { [K in AdapterSetting]: (typeof ADAPTERS)[K][number] };

export type Env = Raw & {
  /** Development, tests or the demo: stand-ins, demo data, the movable clock, no HSTS. */
  local: boolean;
  NEXTAUTH_SECRET: string;
  adapters: Adapters;
};

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Local use: explicitly marked, or (unmarked) anything that is not a production build. */
export function isLocalDeployment(source: Record<string, string | undefined>): boolean {
  const deployment = source.EMASK_DEPLOYMENT ?? (source.NODE_ENV === "production" ? "production" : "local");
  return deployment === "local";
}

/**
 * Validate an environment; throws one message naming every problem. Outside local use every
 * adapter must be chosen explicitly, none may be a stand-in, and each real one needs its settings.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const local = isLocalDeployment(source);
  if (parsed.success) problems.push(...deploymentProblems(parsed.data, local));
  if (problems.length > 0 || !parsed.success) {
    throw new Error(`Invalid environment (${local ? "local use" : "production deployment"}): ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const adapters = Object.fromEntries(
    (Object.keys(ADAPTERS) as AdapterSetting[]).map((k) => [k, e[k] ?? "standin"]),
  ) as Adapters;
  return { ...e, local, NEXTAUTH_SECRET: e.NEXTAUTH_SECRET ?? DEV_SECRET, adapters };
}

function deploymentProblems(e: Raw, local: boolean): string[] {
  const problems: string[] = [];
  if (!local) {
    if (!e.NEXTAUTH_SECRET) problems.push("NEXTAUTH_SECRET is required outside local use");
    // Issue 7 item 2: rate limits need the socket address, which only scripts/server.mjs provides.
    if (e.EMASK_SOCKET_ADDRESS_HEADER !== "1") problems.push("start the server with `node scripts/server.mjs` (rate limits need the client's socket address)");
    if (e.EMASK_ALLOW_STANDINS !== undefined) {
      problems.push("EMASK_ALLOW_STANDINS no longer exists: choose each outside party with its own EMASK_*_ADAPTER setting");
    }
    for (const [key, values] of Object.entries(ADAPTERS) as [AdapterSetting, readonly string[]][]) {
      const choice = e[key];
      const real = values.filter((v) => v !== "standin").join("|");
      if (choice === undefined) problems.push(`${key} is missing (choose ${real})`);
      else if (choice === "standin") problems.push(`${key}=standin is for local use only (choose ${real})`);
    }
  }
  // Whatever the deployment, a real adapter without its settings cannot work.
  for (const key of Object.keys(ADAPTERS) as AdapterSetting[]) {
    const needs = ADAPTER_NEEDS[`${key}=${e[key]}`] ?? [];
    const missing = needs.filter((n) => !e[n as keyof Raw]);
    if (missing.length) problems.push(`${key}=${e[key]} needs ${missing.join(", ")}`);
  }
  return problems;
}
