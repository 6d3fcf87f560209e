import { db } from "@/lib/db/client";
import type { StaffPrincipal } from "./session";

/**
 * Sessions are JWTs (D13): nothing server-side ends them. So every staff request checks the account
 * itself (issue 7 item 6, D57): a deactivated or deleted account's session stops working at the next
 * request, and a changed role or store takes effect at once. One indexed primary-key read per staff
 * request — staff are a few hundred people, not the opening spike's millions.
 */
export async function currentStaffPrincipal(fromSession: StaffPrincipal): Promise<StaffPrincipal | null> {
  const staff = await db().staffAccount.findUnique({
    where: { id: fromSession.staffId },
    select: { id: true, role: true, storeId: true, active: true },
  });
  if (!staff?.active) return null;
  return { kind: "staff", staffId: staff.id, role: staff.role, storeId: staff.storeId };
}
