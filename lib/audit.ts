import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type AuditEntry = {
  actorStaffId?: string | null;
  actorKind: "staff" | "person" | "system";
  action: string; // verb.noun, e.g. "counter.register", "staff.login_failed"
  targetType?: string;
  targetId?: string;
  /** Never secrets: no passwords, codes or full document numbers. */
  details?: Prisma.InputJsonValue;
};

/** Append to the audit log (append-only in the database). Pass the transaction doing the work. */
export async function audit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { ...entry, actorStaffId: entry.actorStaffId ?? null } });
}
