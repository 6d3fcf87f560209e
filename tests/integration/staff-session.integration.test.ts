import { beforeEach, describe, expect, it } from "vitest";
import { currentStaffPrincipal } from "@/lib/auth/staff-session";
import { resetDatabase, testDb } from "./helpers/db";

// Issue 7 item 6, D57: a staff session is checked against the account on every request.
const prisma = testDb();

describe("issue 7 item 6: staff sessions follow the account", () => {
  beforeEach(resetDatabase);

  it("issue 7 item 6: a deactivated account's session is refused at the next request; a role change applies at once", async () => {
    const staff = await prisma.staffAccount.create({ data: { username: "s1", displayName: "S1", role: "ADMIN", passwordHash: "scrypt$x" } });
    const session = { kind: "staff" as const, staffId: staff.id, role: "ADMIN" as const, storeId: null };
    expect(await currentStaffPrincipal(session)).toEqual(session);
    await prisma.staffAccount.update({ where: { id: staff.id }, data: { role: "AUDITOR" } });
    expect(await currentStaffPrincipal(session)).toMatchObject({ role: "AUDITOR" });
    await prisma.staffAccount.update({ where: { id: staff.id }, data: { active: false } });
    expect(await currentStaffPrincipal(session)).toBeNull();
    await prisma.staffAccount.delete({ where: { id: staff.id } });
    expect(await currentStaffPrincipal(session)).toBeNull();
  });
});
