import type { RoundCalendar } from "@/lib/rules";

/**
 * What the public pages need to know about a round: its calendar and offer.
 * Built from the database by `getCurrentRound()`; plain data so components stay pure.
 */
export type RoundView = RoundCalendar & {
  id: string;
  /** e.g. "2020-03 第一輪" — shown as the round's title. */
  name: string;
  /** The English name (issue 9 item 8); null where none was given. */
  nameEn?: string | null;
  /** Order window opens at this instant (ISO string, e.g. "2020-03-12T01:00:00.000Z" = 09:00 Taipei). */
  orderOpensAt: string;
  masksPerOrder: number;
  unitPrice: number;
  fee: number;
  adultAge: number;
};
