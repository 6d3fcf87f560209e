import type { NextRequest } from "next/server";
import { route } from "@/lib/http/route";
import { requireStaff } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { attachment } from "@/lib/exports/csv";
import { drawCsv, pickListCsv, reconciliationCsv } from "@/lib/exports/exports";
import { exportKind, exportQuery } from "@/lib/exports/schemas";

export const dynamic = "force-dynamic";

const NOT_FOUND = new AppError("ROUND_NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到這一輪。", en: "No such round." });

/**
 * Issue 10 item 5: a CSV export streamed from the database (lib/exports/stream.ts) — pick list
 * (whole round, one logistics centre or one store), payment reconciliation, the draw's data.
 * Admins and auditors read them; each download is audited.
 */
export const GET = route<{ params: Promise<{ kind: string }> }>(async (req: NextRequest, { params }) => {
  const staff = await requireStaff("ADMIN", "AUDITOR");
  const kind = exportKind.parse((await params).kind);
  const q = exportQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const round = await db().round.findUnique({ where: { id: q.round }, select: { id: true, name: true } });
  if (!round) throw NOT_FOUND;
  const scope = q.store ? `store-${q.store.slice(-8)}` : q.centre ? `centre-${q.centre.slice(-8)}` : "all";
  const body = kind === "pick-list" ? pickListCsv(round.id, { centreId: q.centre, storeId: q.store }) : kind === "reconciliation" ? reconciliationCsv(round.id) : drawCsv(round.id);
  await audit(db(), { actorStaffId: staff.staffId, actorKind: "staff", action: "console.export", targetType: "round", targetId: round.id, details: { kind, centre: q.centre ?? null, store: q.store ?? null } });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(`${kind}-${round.name}-${kind === "pick-list" ? scope : "all"}.csv`),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
