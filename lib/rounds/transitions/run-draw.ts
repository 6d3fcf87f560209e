import { Prisma } from "@/lib/generated/prisma/client";
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
  // Set-based writes: a draw of tens of thousands of orders is a handful of statements.
  const codes = await uniquePaymentCodes(tx, selected.size);
  const paymentCode = new Map([...selected].map((id, i) => [id, codes[i]!]));
  const chosen = orders.filter((o) => selected.has(o.id));
  const rest = orders.filter((o) => !selected.has(o.id));
  if (chosen.length) {
    const values = Prisma.join(chosen.map((o) => Prisma.sql`(${o.id}::uuid, ${paymentCode.get(o.id)!})`));
    await tx.$executeRaw`UPDATE orders SET status = 'SELECTED', payment_code = v.code, updated_at = now() FROM (VALUES ${values}) AS v(id, code) WHERE orders.id = v.id`;
  }
  if (rest.length) await tx.order.updateMany({ where: { id: { in: rest.map((o) => o.id) } }, data: { status: "NOT_SELECTED" } });
  await tx.orderStatusEvent.createMany({
    data: orders.map((o) => ({ orderId: o.id, fromStatus: "PLACED" as const, toStatus: selected.has(o.id) ? ("SELECTED" as const) : ("NOT_SELECTED" as const), actor: "job:draw" })),
  });
  const deadline = dayFromDb(round.paymentDeadline);
  const notices: SmsNotice[] = orders
    .filter((o) => o.person.phone)
    .map((o) => ({
      kind: selected.has(o.id) ? ("PAYMENT" as const) : ("NOT_SELECTED" as const),
      personId: o.personId,
      orderId: o.id,
      phone: o.person.phone!,
      vars: selected.has(o.id) ? { amount: o.total, paymentCode: paymentCode.get(o.id)!, deadline } : {},
    }));
  await enqueueSms(tx, notices);
}

/** n distinct 14-digit codes not used by any order yet (collisions are astronomically rare; checked anyway). */
async function uniquePaymentCodes(tx: Tx, n: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < n) {
    const batch = Array.from({ length: n - codes.size }, () => randomDigits(14)).filter((c) => !codes.has(c));
    const taken = new Set((await tx.order.findMany({ where: { paymentCode: { in: batch } }, select: { paymentCode: true } })).map((o) => o.paymentCode));
    for (const c of batch) if (!taken.has(c)) codes.add(c);
  }
  return [...codes];
}
