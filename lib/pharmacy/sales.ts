import { db } from "@/lib/db/client";
import { statusIn } from "@/lib/orders/order-state";
import { today } from "@/lib/clock";
import { dayFromDb, dayToDb } from "@/lib/db/days";
import { AppError } from "@/lib/errors";
import { isWriteConflict } from "@/lib/db/conflicts";
import { pharmacySaleCheck, type Day, type PharmacySaleCheck } from "@/lib/rules";

/**
 * S1, S3, S4, O2 at the pharmacy counter: may this NHI card buy today, and record the sale. The
 * check uses the one ledger plus the person's live online orders (S3/S4); the record is one insert
 * that the database's 7-day exclusion constraint guards, so two pharmacies selling to the same
 * card at the same moment cannot both succeed.
 */
type Refusal = Exclude<PharmacySaleCheck, { ok: true }>;

const texts: Record<Refusal["code"], (r: Refusal) => { "zh-TW": string; en: string }> = {
  NOT_TODAY: () => ({ "zh-TW": "今天不是此身分證末碼的購買日（單號一三五、雙號二四六、週日不限）。", en: "Not this ID's day (odd last digit Mon/Wed/Fri, even Tue/Thu/Sat, Sunday everyone)." }),
  TOO_SOON: (r) => ({ "zh-TW": `7 天內已購買過，${"from" in r ? r.from : ""} 起才能再購買。`, en: `Bought within 7 days: may buy again from ${"from" in r ? r.from : ""}.` }),
  PICKUP_WOULD_LAPSE: () => ({ "zh-TW": "此次購買會使已付款的網路預購無法在取貨期限內領取。", en: "This sale would push a paid online order past its pickup window." }),
};

async function findHolder(cardNumber: string) {
  const card = await db().nhiCard.findFirst({ where: { cardNumber, status: "ACTIVE" }, select: { person: { select: { id: true, idNumber: true } } } });
  if (!card) throw new AppError("UNKNOWN_CARD", "NOT_FOUND", { "zh-TW": "查無此健保卡或已失效。", en: "Unknown or inactive NHI card." });
  return card.person;
}

async function checkFor(person: { id: string; idNumber: string }, day: Day): Promise<PharmacySaleCheck> {
  const [ledger, live] = await Promise.all([
    db().ledgerEntry.findMany({ where: { personId: person.id }, select: { effectiveDay: true, channel: true } }),
    db().order.findMany({
      where: { personId: person.id, ...statusIn("PLACED", "SELECTED", "PAID"), ledgerEntry: null },
      select: { status: true, round: { select: { pickupStart: true, pickupEnd: true } } },
    }),
  ]);
  return pharmacySaleCheck({
    idNumber: person.idNumber,
    day,
    purchaseDays: ledger.map((e) => dayFromDb(e.effectiveDay)),
    pharmacyDays: ledger.filter((e) => e.channel === "PHARMACY").map((e) => dayFromDb(e.effectiveDay)),
    // Paid orders whose window has started count from the order itself, not from the ledger job (S2).
    pendingOnline: live.map((o) => ({ pickupStart: dayFromDb(o.round.pickupStart), pickupEnd: dayFromDb(o.round.pickupEnd), paid: o.status === "PAID" })),
  });
}

export async function checkEligibility(cardNumber: string) {
  const day = today();
  const result = await checkFor(await findHolder(cardNumber), day);
  return result.ok ? { allowed: true as const, day } : { allowed: false as const, day, code: result.code, message: texts[result.code](result), ...("from" in result ? { from: result.from } : {}) };
}

/**
 * Attempts at a sale when the database aborts it as a deadlock / write conflict (Prisma P2034).
 * Concurrent inserts for one person wait on each other inside the 7-day exclusion constraint and
 * PostgreSQL may break the cycle by aborting one (40P01). The retry re-reads the ledger, so it then
 * answers TOO_SOON with the right day; three rounds are plenty (each loser sees the winner's row).
 */
const SALE_ATTEMPTS = 3;

export async function recordSale(pharmacyId: string, cardNumber: string) {
  const person = await findHolder(cardNumber);
  for (let attempt = 1; ; attempt++) {
    const day = today();
    const result = await checkFor(person, day);
    if (!result.ok) throw new AppError(result.code, "CONFLICT", texts[result.code](result), "from" in result ? { from: result.from } : undefined);
    try {
      const entry = await db().ledgerEntry.create({ data: { personId: person.id, channel: "PHARMACY", pharmacyId, effectiveDay: dayToDb(day) }, select: { id: true } });
      return { saleId: entry.id, day, masks: 3 };
    } catch (e) {
      // Lost a race with another sale for this person: the exclusion constraint refused the second.
      if (isExclusionViolation(e)) throw TOO_SOON_RACE;
      if (!isWriteConflict(e)) throw e;
      // The only writers that can collide here are other purchases by this person: a conflict that
      // persists is a purchase in progress, so the honest answer is "bought within 7 days".
      if (attempt >= SALE_ATTEMPTS) throw TOO_SOON_RACE;
    }
  }
}

const TOO_SOON_RACE = new AppError("TOO_SOON", "CONFLICT", { "zh-TW": "7 天內已購買過。", en: "Bought within 7 days." });

function isExclusionViolation(e: unknown): boolean {
  const text = e instanceof Error ? e.message : String(e);
  return text.includes("23P01") || text.includes("ledger_entries_one_purchase_per_7_days");
}
