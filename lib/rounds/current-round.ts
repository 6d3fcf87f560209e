import "server-only";
import { db } from "@/lib/db/client";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { dayInTaipei, type Day } from "@/lib/rules";
import { today as clockToday } from "@/lib/clock";
import type { RoundView } from "./round-view";

const roundSelect = {
  id: true, name: true, orderOpensAt: true, orderClosesOn: true, resultsOn: true, paymentDeadline: true,
  pickupStart: true, pickupEnd: true, masksPerOrder: true, unitPrice: true, fee: true, adultAge: true,
} as const;

/**
 * The round the public should see today: the earliest one whose pickup has not ended (so a
 * round stays current through its whole cycle), else the most recent one. Null when none exist.
 */
export async function getCurrentRound(): Promise<{ round: RoundView; today: Day } | null> {
  const today = clockToday();
  const round =
    (await db().round.findFirst({
      where: { pickupEnd: { gte: dayToDb(today) } },
      orderBy: { orderOpensAt: "asc" },
      select: roundSelect,
    })) ?? (await db().round.findFirst({ orderBy: { orderOpensAt: "desc" }, select: roundSelect }));
  if (!round) return null;
  return {
    today,
    round: {
      ...round,
      orderOpensAt: round.orderOpensAt.toISOString(),
      orderOpensOn: dayInTaipei(round.orderOpensAt),
      orderClosesOn: dayFromDb(round.orderClosesOn),
      resultsOn: dayFromDb(round.resultsOn),
      paymentDeadline: dayFromDb(round.paymentDeadline),
      pickupStart: dayFromDb(round.pickupStart),
      pickupEnd: dayFromDb(round.pickupEnd),
    },
  };
}
