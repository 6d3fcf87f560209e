import type { Prisma } from "@/lib/generated/prisma/client";
import { drawStore, needsDraw } from "@/lib/rules";
import { dayFromDb } from "@/lib/db/days";
import { randomDigits } from "@/lib/security/hash";
import { enqueueSms, type SmsNotice } from "@/lib/notices/enqueue";

type Tx = Prisma.TransactionClient;
type Round = { id: string; drawSeed: string | null; paymentDeadline: Date };

/**
 * R2, R3: per store, draw where orders exceed supply (recording the ranks), otherwise select all;
 * mark orders SELECTED / NOT_SELECTED, give the selected a payment code, and queue their notices —
 * all in the caller's transaction, so the draw happens entirely or not at all.
 */
export async function runDraw(tx: Tx, round: Round): Promise<void> {
  if (!round.drawSeed) throw new Error(`Round ${round.id} has no revealed seed: close it first`);
  const orders = await tx.order.findMany({
    where: { roundId: round.id, status: "PLACED" },
    select: { id: true, storeId: true, total: true, personId: true, person: { select: { phone: true } } },
  });
  const supplies = new Map(
    (await tx.storeSupply.findMany({ where: { roundId: round.id }, select: { storeId: true, packs: true } })).map((s) => [s.storeId, s.packs]),
  );
  const byStore = new Map<string, typeof orders>();
  for (const o of orders) byStore.set(o.storeId, [...(byStore.get(o.storeId) ?? []), o]);
  const selected = new Set<string>();
  for (const [storeId, storeOrders] of byStore) {
    const supply = supplies.get(storeId) ?? 0;
    const results = drawStore(round.drawSeed, supply, storeOrders.map((o) => o.id));
    for (const r of results) if (r.selected) selected.add(r.orderId);
    if (!needsDraw(supply, storeOrders.length)) continue;
    const draw = await tx.draw.create({ data: { roundId: round.id, storeId, supply, demand: storeOrders.length }, select: { id: true } });
    await tx.drawEntry.createMany({ data: results.map((r) => ({ ...r, drawId: draw.id })) });
  }
  const notices: SmsNotice[] = [];
  const deadline = dayFromDb(round.paymentDeadline);
  for (const o of orders) {
    const isSelected = selected.has(o.id);
    const paymentCode = isSelected ? await uniquePaymentCode(tx) : null;
    await tx.order.update({ where: { id: o.id }, data: { status: isSelected ? "SELECTED" : "NOT_SELECTED", paymentCode } });
    await tx.orderStatusEvent.create({
      data: { orderId: o.id, fromStatus: "PLACED", toStatus: isSelected ? "SELECTED" : "NOT_SELECTED", actor: "job:draw" },
    });
    if (o.person.phone) {
      notices.push({
        kind: isSelected ? "PAYMENT" : "NOT_SELECTED",
        personId: o.personId,
        orderId: o.id,
        phone: o.person.phone,
        vars: isSelected ? { amount: o.total, paymentCode: paymentCode!, deadline } : {},
      });
    }
  }
  await enqueueSms(tx, notices);
}

/** 14 digits, unique among orders (retry on the rare collision before writing). */
async function uniquePaymentCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = randomDigits(14);
    if (!(await tx.order.findUnique({ where: { paymentCode: code }, select: { id: true } }))) return code;
  }
}
