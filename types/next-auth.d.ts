import type { Principal } from "@/lib/auth/session";

// The session and JWT carry exactly one Principal (lib/auth/session.ts).
declare module "next-auth" {
  interface Session {
    principal: Principal;
  }
  interface User {
    id: string;
    principal: Principal;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    principal?: Principal;
  }
}
