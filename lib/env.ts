import { z } from "zod";

/**
 * The one place that reads process.env (style: typed env). Parsed lazily on first use so that
 * `next build` can import modules without a database configured.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Set by the project's scripts (embedded PostgreSQL) or by the operator in production. */
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}
