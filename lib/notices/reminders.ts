import { db } from "@/lib/db/client";
import { statusIn } from "@/lib/orders/order-state";
import { today } from "@/lib/clock";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { addDays, compareDays } from "@/lib/rules";
import { enqueueSms, type SmsNotice } from "./enqueue";

/** Orders read (and notices written) per step of a reminder. */
export const REMINDER_PAGE = 2_000;

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
      // A page of orders at a time (by id): at national size a reminder goes to some 600,000.
      let after: string | undefined;
      for (;;) {
        const orders = await db().order.findMany({
          where: { roundId: r.id, ...statusIn(status), notices: { none: { kind } }, ...(after ? { id: { gt: after } } : {}) },
          select: { id: true, personId: true, paymentCode: true, person: { select: { phone: true } }, store: { select: { name: true } } },
          orderBy: { id: "asc" },
          take: REMINDER_PAGE,
        });
        const notices = orders.filter((o) => o.person.phone).map((o) => ({
          kind, personId: o.personId, orderId: o.id, phone: o.person.phone!,
          vars: { deadline, paymentCode: o.paymentCode ?? "", store: o.store.name, pickupStart, pickupEnd },
        }));
        await enqueueSms(db(), notices);
        queued += notices.length;
        if (orders.length < REMINDER_PAGE) break;
        after = orders[orders.length - 1]!.id;
      }
    }
  }
  return queued;
}
