import "server-only";
import { db } from "@/lib/db/client";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { dayInTaipei, type Day } from "@/lib/rules";
import { now, today as clockToday } from "@/lib/clock";
import type { RoundView } from "./round-view";

const roundSelect = {
  id: true, name: true, nameEn: true, orderOpensAt: true, orderClosesOn: true, resultsOn: true, paymentDeadline: true,
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

/** The next round whose ordering has not opened yet (issue 9 item 6: "/order" says when it opens). */
export async function getNextRound(): Promise<{ name: string; nameEn: string | null; opensOn: Day; opensAt: string } | null> {
  const round = await db().round.findFirst({
    where: { orderOpensAt: { gt: now() } },
    orderBy: { orderOpensAt: "asc" },
    select: { name: true, nameEn: true, orderOpensAt: true },
  });
  return round ? { name: round.name, nameEn: round.nameEn, opensOn: dayInTaipei(round.orderOpensAt), opensAt: round.orderOpensAt.toISOString() } : null;
}
