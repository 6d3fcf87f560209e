import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { isStorableText } from "@/lib/validation/fields";
import { redeemLoginTicket } from "./tickets";
import { staffLogin } from "./staff-login";
import type { Principal } from "./session";

/**
 * next-auth, with JWT sessions (no session table: the opening spike should not write a row per
 * page view). Two ways in:
 * - "ticket": a citizen who has just verified by any method (lib/auth/tickets.ts);
 * - "staff": username + password + TOTP code (issue 10 item 7), throttled.
 */
export const SESSION_MAX_AGE_SECONDS = 2 * 60 * 60;

let cached: NextAuthOptions | undefined;

/** next-auth v4 hands `authorize` the request's headers as a plain object. */
function headersOf(raw: Record<string, unknown> | undefined): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(raw ?? {})) if (typeof v === "string") h.set(k, v);
  return h;
}

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/verify", error: "/verify" },
    providers: [
      CredentialsProvider({
        id: "ticket",
        name: "Verification ticket",
        credentials: { ticket: { type: "text" } },
        async authorize(credentials) {
          const verified = await redeemLoginTicket(credentials?.ticket);
          if (!verified) return null;
          const principal: Principal = { kind: "citizen", ...verified };
          return { id: `person:${verified.personId}`, principal };
        },
      }),
      CredentialsProvider({
        id: "staff",
        name: "Staff",
        credentials: { username: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, req) {
          const username = String(credentials?.username ?? "").trim();
          const password = String(credentials?.password ?? "");
          const code = String(credentials?.code ?? "").slice(0, 16); // TOTP (D122): 6 digits, anything else simply fails
          // A NUL byte cannot reach PostgreSQL (issue 7 item 4): refused like any wrong login.
          if (!username || !password || username.length > 64 || password.length > 128 || !isStorableText(username) || !isStorableText(password)) return null;
          const source = clientAddress(headersOf(req?.headers));
          const result = await staffLogin(username, password, source, code).catch((e: unknown) => {
            if (e instanceof AppError && e.code === "RATE_LIMITED") throw new Error("RATE_LIMITED");
            throw e;
          });
          if (!result.ok) throw new Error(result.reason); // reaches the login form as ?error=INVALID|RATE_LIMITED
          return { id: `staff:${result.principal.staffId}`, principal: result.principal };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.principal) token.principal = user.principal;
        return token;
      },
      session({ session, token }) {
        // Expose only the principal: no name, e-mail or picture in the client-visible session.
        return { expires: session.expires, principal: token.principal! };
      },
    },
  };
  return cached;
}
