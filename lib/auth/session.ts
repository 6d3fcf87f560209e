import type { Channel, StaffRole, VerificationMethod } from "@/lib/generated/prisma/client";

/**
 * What a session knows, and nothing more: who, how they verified, and the channel (the channel
 * decides payment options later, R3). Personal data stays in the database.
 */
export type CitizenPrincipal = { kind: "citizen"; personId: string; method: VerificationMethod; channel: Channel };
export type StaffPrincipal = { kind: "staff"; staffId: string; role: StaffRole; storeId: string | null };
export type Principal = CitizenPrincipal | StaffPrincipal;

export type Role = "citizen" | "counter" | "clerk" | "admin" | "auditor";

export function roleOf(p: Principal): Role {
  if (p.kind === "citizen") return "citizen";
  return p.role.toLowerCase() as Role;
}
