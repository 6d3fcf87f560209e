import "server-only";
import { redirect } from "next/navigation";
import { citizenOnly, FORBIDDEN, UNAUTHENTICATED } from "./refusals";
import { sessionPrincipal } from "./session-token";
import type { CitizenPrincipal, Principal, StaffPrincipal } from "./session";
import { currentStaffPrincipal } from "./staff-session";
import type { StaffRole } from "@/lib/generated/prisma/client";

/**
 * The one server-side guard. Every route handler, server action and page that needs a person asks
 * here — never a layout or the proxy alone. API code gets AppErrors (401/403); pages get redirects.
 */
export async function getPrincipal(): Promise<Principal | null> {
  const principal = await sessionPrincipal();
  // A staff session is only as good as the account behind it, checked on every request (D57).
  return principal?.kind === "staff" ? currentStaffPrincipal(principal) : principal;
}

export async function requireCitizen(): Promise<CitizenPrincipal> {
  return citizenOnly(await getPrincipal());
}

export async function requireStaff(...roles: StaffRole[]): Promise<StaffPrincipal> {
  const p = await getPrincipal();
  if (!p) throw UNAUTHENTICATED;
  if (p.kind !== "staff" || (roles.length > 0 && !roles.includes(p.role))) throw FORBIDDEN;
  return p;
}

/** For pages: a citizen, or off to verification (coming back to `returnTo` afterwards). */
export async function citizenPage(returnTo: string): Promise<CitizenPrincipal> {
  const p = await getPrincipal();
  if (p?.kind === "citizen") return p;
  redirect(`/verify?next=${encodeURIComponent(returnTo)}`);
}

/** For pages: staff of one of `roles`, or off to the staff login (or the staff home if the role is wrong). */
export async function staffPage(returnTo: string, ...roles: StaffRole[]): Promise<StaffPrincipal> {
  const p = await getPrincipal();
  if (p?.kind !== "staff") redirect(`/staff/login?next=${encodeURIComponent(returnTo)}`);
  if (roles.length > 0 && !roles.includes(p.role)) redirect("/staff?denied=1");
  return p;
}
