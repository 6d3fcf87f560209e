import "server-only";
import { cookies } from "next/headers";
import { principalOfToken, sessionTokenOf } from "./session-cookie";
import type { Principal } from "./session";

export { principalOfToken } from "./session-cookie";

/** The request's session principal, from its cookie (see ./session-cookie.ts for how it is read). */
export async function sessionPrincipal(): Promise<Principal | null> {
  const jar = await cookies();
  return principalOfToken(sessionTokenOf(jar.getAll()));
}
