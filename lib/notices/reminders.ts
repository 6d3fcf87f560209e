import { db } from "@/lib/db/client";
import { statusIn } from "@/lib/orders/order-state";
import { today } from "@/lib/clock";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { addDays, compareDays } from "@/lib/rules";
import { enqueueSms, type SmsNotice } from "./enqueue";

/**
 * The reminders the 2020 system lacked: payment due tomorrow (selected, unpaid), pickup starts
 * (paid, from pickup day 1), pickup ends tomorrow (paid, not collected). Run every tick; each
 * reminder's dedupe key (kind + order) makes it go out once however often this runs.
 */
export async function queueReminders(): Promise<number> {
  const day = today();
  const rounds = await db().round.findMany({
    where: { pickupEnd: { gte: dayToDb(day) }, drawnAt: { not: null } },
    select: { id: true, paymentDeadline: true, pickupStart: true, pickupEnd: true },
  });
  let queued = 0;
  for (const r of rounds) {
    const deadline = dayFromDb(r.paymentDeadline);
    const pickupStart = dayFromDb(r.pickupStart);
    const pickupEnd = dayFromDb(r.pickupEnd);
    const jobs: [SmsNotice["kind"], "SELECTED" | "PAID"][] = [];
    if (day === addDays(deadline, -1)) jobs.push(["PAYMENT_REMINDER", "SELECTED"]);
    if (compareDays(day, pickupStart) >= 0 && compareDays(day, pickupEnd) <= 0) jobs.push(["PICKUP_STARTS", "PAID"]);
    if (day === addDays(pickupEnd, -1)) jobs.push(["PICKUP_ENDS_SOON", "PAID"]);
    for (const [kind, status] of jobs) {
      const orders = await db().order.findMany({
        where: { roundId: r.id, ...statusIn(status), notices: { none: { kind } } },
        select: { id: true, personId: true, paymentCode: true, person: { select: { phone: true } }, store: { select: { name: true } } },
      });
      const notices = orders.filter((o) => o.person.phone).map((o) => ({
        kind, personId: o.personId, orderId: o.id, phone: o.person.phone!,
        vars: { deadline, paymentCode: o.paymentCode ?? "", store: o.store.name, pickupStart, pickupEnd },
      }));
      await enqueueSms(db(), notices);
      queued += notices.length;
    }
  }
  return queued;
}
