import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { AuditFilter } from "./audit-view";

export const AUDIT_PAGE = 100;

/**
 * Search the audit log (issue 10 item 6): actor (a staff username or "system"/"person"), action
 * (prefix), subject (a target type, or a target id — whole or its end), time range; newest first.
 * Uses the (at) and (actor_staff_id, at) indexes; a page at a time.
 */
export async function searchAudit(f: AuditFilter, page = 0) {
  const where: Prisma.AuditLogWhereInput = { AND: [] };
  const and = where.AND as Prisma.AuditLogWhereInput[];
  if (f.actor) {
    and.push(["system", "person"].includes(f.actor) ? { actorKind: f.actor } : { actorStaff: { username: f.actor } });
  }
  if (f.action) and.push({ action: { startsWith: f.action } });
  if (f.subject) and.push({ OR: [{ targetType: f.subject }, { targetId: f.subject }, { targetId: { endsWith: f.subject } }] });
  if (f.from) and.push({ at: { gte: f.from } });
  if (f.to) and.push({ at: { lte: f.to } });
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({
      where, orderBy: { at: "desc" }, take: AUDIT_PAGE, skip: page * AUDIT_PAGE,
      select: { id: true, at: true, actorKind: true, action: true, targetType: true, targetId: true, details: true, actorStaff: { select: { username: true, role: true } } },
    }),
    db().auditLog.count({ where }),
  ]);
  return { rows, total };
}
