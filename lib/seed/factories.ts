/**
 * Factories shared by the seed (`npm run db:seed`) and the tests, so both build data the same way.
 * Builders (`build*`) are pure; writers (`upsert*`, `create*`) take the Prisma client or a
 * transaction, so a test can use its own database. Everything is deterministic for given inputs.
 */
import {
  addDays, checkIdNumber, completeIdNumber, DEFAULT_ADULT_AGE, MASKS_PER_ORDER, ORDER_FEE_NTD, ROUND_2020_CALENDAR, UNIT_PRICE_NTD,
  type Day, type RoundCalendar,
} from "@/lib/rules";
import { dayToDb } from "@/lib/db/days";
import { roundCommitment } from "@/lib/rounds/draw-seed";
import type { IdKind, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type PersonSeed = {
  idNumber: string;
  name: string;
  birthDate: Day;
  phone: string;
  email: string;
  cardNumber: string;
};

const KIND: Record<string, IdKind> = {
  national: "NATIONAL",
  resident: "RESIDENT",
  "resident-legacy": "RESIDENT_LEGACY",
};

/** Kind of a valid ID number; throws on an invalid one (a factory must never write bad data). */
export function idKindOf(idNumber: string): IdKind {
  const check = checkIdNumber(idNumber);
  if (!check.ok) throw new RangeError(`Factory given an invalid ID number ${idNumber}: ${check.code}`);
  return KIND[check.kind]!;
}

/**
 * The n-th synthetic ID number of a form, valid check digit included. `second` is the form's
 * second character ("1"/"2" national, "8"/"9" resident, "A"–"D" legacy).
 */
export function syntheticIdNumber(n: number, second = "1", area = "A"): string {
  return completeIdNumber(`${area}${second}${String(n % 10_000_000).padStart(7, "0")}`);
}

/** A 12-digit NHI card number derived from n (no public check digit exists, I2). */
export function syntheticCardNumber(n: number): string {
  return `0000${String(n).padStart(8, "0")}`.slice(-12);
}

/** A person for tests: unique by n, adult by default. */
export function buildPerson(n: number, overrides: Partial<PersonSeed> = {}): PersonSeed {
  return {
    idNumber: syntheticIdNumber(n),
    name: `測試者${n}`,
    birthDate: "1980-01-01",
    phone: `09${String(10_000_000 + n).slice(-8)}`,
    email: `person${n}@example.test`,
    cardNumber: syntheticCardNumber(n),
    ...overrides,
  };
}

/** Insert or update a person and their NHI card, keyed by ID number (re-runnable). */
export async function upsertPerson(db: Db, p: PersonSeed) {
  const data = {
    name: p.name,
    idKind: idKindOf(p.idNumber),
    birthDate: dayToDb(p.birthDate),
    phone: p.phone,
    email: p.email,
  };
  const person = await db.person.upsert({
    where: { idNumber: p.idNumber },
    create: { idNumber: p.idNumber, ...data },
    update: data,
    select: { id: true, idNumber: true },
  });
  await db.nhiCard.upsert({
    where: { cardNumber: p.cardNumber },
    create: { cardNumber: p.cardNumber, personId: person.id },
    update: { personId: person.id, status: "ACTIVE" },
  });
  return person;
}

/** A round to write: its calendar (ordering opens at 09:00 Asia/Taipei on `orderOpensOn`) and offer. */
export type RoundSeed = RoundCalendar & { name: string; nameEn?: string; masksPerOrder: number; unitPrice: number; fee: number; adultAge: number };

const OFFER = { masksPerOrder: MASKS_PER_ORDER, unitPrice: UNIT_PRICE_NTD, fee: ORDER_FEE_NTD, adultAge: DEFAULT_ADULT_AGE }; // O1, O4

/** The first round as run in 2020 (domain.md, "The round"). */
export const ROUND_2020: RoundSeed = { name: "2020 口罩實名制 2.0 第一輪", nameEn: "2020 Name-based Mask Rationing 2.0, round 1", ...ROUND_2020_CALENDAR, ...OFFER };

/** A round with the 2020 shape whose order window contains `today` (opened two days before). */
export function roundAround(today: Day, name = `示範輪次 ${today}`): RoundSeed {
  const opens = addDays(today, -2);
  return {
    name,
    nameEn: name.replace("示範輪次", "Demo round"),
    orderOpensOn: opens,
    orderClosesOn: addDays(opens, 6),
    resultsOn: addDays(opens, 7),
    paymentDeadline: addDays(opens, 13),
    pickupStart: addDays(opens, 14),
    pickupEnd: addDays(opens, 20),
    ...OFFER,
  };
}

/** 09:00 in Asia/Taipei (UTC+8, no daylight saving) on `day`. */
export function nineAmTaipei(day: Day): Date {
  return new Date(`${day}T01:00:00.000Z`);
}

export async function upsertRound(db: Db, r: RoundSeed) {
  const data = {
    nameEn: r.nameEn ?? null,
    masksPerOrder: r.masksPerOrder,
    unitPrice: r.unitPrice,
    fee: r.fee,
    adultAge: r.adultAge,
    orderOpensAt: nineAmTaipei(r.orderOpensOn),
    orderClosesOn: dayToDb(r.orderClosesOn),
    resultsOn: dayToDb(r.resultsOn),
    paymentDeadline: dayToDb(r.paymentDeadline),
    pickupStart: dayToDb(r.pickupStart),
    pickupEnd: dayToDb(r.pickupEnd),
  };
  const round = await db.round.upsert({
    where: { name: r.name },
    create: { name: r.name, ...data },
    update: data,
    select: { id: true, drawCommitment: true },
  });
  // R2: the draw's commitment is public from the round's creation, long before ordering closes.
  if (!round.drawCommitment) {
    await db.round.update({ where: { id: round.id }, data: { drawCommitment: roundCommitment(round.id) } });
  }
  return { id: round.id };
}

/** A store for tests: its chain and logistics centre are created on first use. */
export async function createStore(db: Db, n: number, chainId = "7-ELEVEN") {
  await db.chain.upsert({ where: { id: chainId }, create: { id: chainId, nameZh: chainId, nameEn: chainId }, update: {} });
  const centre = await db.logisticsCentre.upsert({
    where: { chainId_name: { chainId, name: "測試物流中心" } },
    create: { chainId, name: "測試物流中心", region: "north" },
    update: {},
    select: { id: true },
  });
  return db.store.create({
    data: {
      code: `T${String(n).padStart(6, "0")}`,
      chainId,
      name: `測試${n}門市`,
      nameEn: `Test Store ${n}`,
      county: "臺北市",
      town: "信義區",
      postalCode: "110",
      address: `110 臺北市信義區信義路五段${n}號`,
      logisticsCentreId: centre.id,
    },
    select: { id: true },
  });
}
