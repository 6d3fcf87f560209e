import { isIP } from "node:net";
import { z } from "zod";

/**
 * The one place that reads process.env (style: typed env). Parsed lazily on first use so that
 * `next build` can import modules without a database configured.
 */
const DEV_SECRET = "emask-development-only-secret-never-use-in-production";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Set by the project's scripts (embedded PostgreSQL) or by the operator in production. */
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    /** Signs session cookies (next-auth) and keys the HMACs of codes. Required in production. */
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    /**
     * The outside parties (card reader, NHI card service, certificate signer, telecom operator, SMS,
     * mail, payment gateway) are local stand-ins outside production. Production refuses them unless
     * this is "yes" (a staging deployment, say).
     */
    EMASK_ALLOW_STANDINS: z.enum(["yes", "no"]).default("no"),
    /**
     * "local" for development, tests and the demo (scripts/with-db.ts sets it, since `next start`
     * always runs with NODE_ENV=production); anything else is a real deployment. Unset, a
     * production build counts as a deployment: the safe default.
     */
    EMASK_DEPLOYMENT: z.enum(["local", "production"]).optional(),
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
  })
  .transform((e) => {
    const local = (e.EMASK_DEPLOYMENT ?? (e.NODE_ENV === "production" ? "production" : "local")) === "local";
    return {
      ...e,
      local,
      NEXTAUTH_SECRET: e.NEXTAUTH_SECRET ?? (local ? DEV_SECRET : ""),
      standinsAllowed: local || e.EMASK_ALLOW_STANDINS === "yes",
    };
  })
  .refine((e) => e.NEXTAUTH_SECRET !== "", { message: "NEXTAUTH_SECRET is required outside local use", path: ["NEXTAUTH_SECRET"] });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validate an environment; throws one message naming every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
