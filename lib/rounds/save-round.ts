import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import type { StaffPrincipal } from "@/lib/auth/session";
import { roundCommitment } from "./draw-seed";
import { opensAt, roundErrors, type RoundDraft, type RoundErrors } from "./round-rules";

/**
 * Issue 10 item 1: create and edit rounds from the console. The rules are lib/rounds/round-rules.ts;
 * here they meet the stored round (read under a row lock, so two admins' edits cannot both pass the
 * "not yet opened" check against a stale copy) and the audit log. The draw commitment (R2) is
 * derived by the server when the round is created and never edited (D121).
 */
export type SaveResult = { ok: true; roundId: string } | { ok: false; errors: RoundErrors };

const NAME_TAKEN = new AppError("ROUND_NAME_TAKEN", "CONFLICT", { "zh-TW": "已有同名的輪次。", en: "A round with this name exists." });

function columns(d: RoundDraft) {
  return {
    name: d.name, product: d.product, masksPerOrder: d.masksPerOrder, unitPrice: d.unitPrice, fee: d.fee, adultAge: d.adultAge,
    orderOpensAt: opensAt(d), orderClosesOn: dayToDb(d.orderClosesOn), resultsOn: dayToDb(d.resultsOn),
    paymentDeadline: dayToDb(d.paymentDeadline), pickupStart: dayToDb(d.pickupStart), pickupEnd: dayToDb(d.pickupEnd),
  };
}

type RoundRow = { name: string; product: "ADULT_MASK"; masksPerOrder: number; unitPrice: number; fee: number; adultAge: number; orderOpensAt: Date; orderClosesOn: Date; resultsOn: Date; paymentDeadline: Date; pickupStart: Date; pickupEnd: Date };

/** The stored round as the form shows it (Taipei day and time of opening). */
export function draftOf(r: RoundRow): RoundDraft {
  const taipei = new Date(r.orderOpensAt.getTime() + 8 * 3600_000).toISOString();
  return {
    name: r.name, product: r.product, masksPerOrder: r.masksPerOrder, unitPrice: r.unitPrice, fee: r.fee, adultAge: r.adultAge,
    orderOpensOn: taipei.slice(0, 10), orderOpensTime: taipei.slice(11, 16),
    orderClosesOn: dayFromDb(r.orderClosesOn), resultsOn: dayFromDb(r.resultsOn), paymentDeadline: dayFromDb(r.paymentDeadline),
    pickupStart: dayFromDb(r.pickupStart), pickupEnd: dayFromDb(r.pickupEnd),
  };
}

const isUnique = (e: unknown) => (e as { code?: string }).code === "P2002";

export async function createRound(actor: StaffPrincipal, draft: RoundDraft, now: Date): Promise<SaveResult> {
  const errors = roundErrors(draft, null, now);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    const id = await db().$transaction(async (tx) => {
      const { id } = await tx.round.create({ data: columns(draft), select: { id: true } });
      const drawCommitment = roundCommitment(id);
      await tx.round.update({ where: { id }, data: { drawCommitment } });
      await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "round.create", targetType: "round", targetId: id, details: { ...draft, drawCommitment } });
      return id;
    });
    return { ok: true, roundId: id };
  } catch (e) {
    if (isUnique(e)) throw NAME_TAKEN;
    throw e;
  }
}

export async function updateRound(actor: StaffPrincipal, roundId: string, draft: RoundDraft, now: Date): Promise<SaveResult> {
  try {
    return await db().$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw new AppError("ROUND_NOT_FOUND", "NOT_FOUND", { "zh-TW": "查無此輪次。", en: "No such round." });
      const row = await tx.round.findUniqueOrThrow({ where: { id: roundId } });
      const current = draftOf(row);
      const errors = roundErrors(draft, current, now);
      if (Object.keys(errors).length > 0) return { ok: false, errors } as const;
      const changed = Object.fromEntries(Object.entries(draft).filter(([k, v]) => current[k as keyof RoundDraft] !== v));
      await tx.round.update({ where: { id: roundId }, data: columns(draft) });
      await audit(tx, { actorStaffId: actor.staffId, actorKind: "staff", action: "round.update", targetType: "round", targetId: roundId, details: { changed } });
      return { ok: true, roundId } as const;
    });
  } catch (e) {
    if (isUnique(e)) throw NAME_TAKEN;
    throw e;
  }
}
