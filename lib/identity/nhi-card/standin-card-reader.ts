/**
 * Stand-in for the local card-reader component and the cards in it (protocol.ts documents the
 * messages). Its drawer of virtual cards is the registry's active NHI cards: any insured person's
 * card can be "inserted" in the demo. Each card's secret derives from the stand-in issuer's master
 * key, so the signature it returns is real cryptography the server must verify.
 */
import { db } from "@/lib/db/client";
import { dayFromDb } from "@/lib/db/days";
import { AppError } from "@/lib/errors";
import { maskName } from "@/lib/people/mask";
import { cardResponse, cardSecret, type CardBasicData } from "./protocol";
import { standinMasterKey } from "./standin-master-key";

const NO_CARD = new AppError("NO_CARD", "NOT_FOUND", {
  "zh-TW": "讀卡機中沒有這張卡片。",
  en: "That card is not in the reader.",
});

/** Demo drawer: card number and a label that is enough to pick one's card, not more. */
export async function listVirtualCards(): Promise<{ cardNumber: string; label: string }[]> {
  const cards = await db().nhiCard.findMany({
    where: { status: "ACTIVE" },
    select: { cardNumber: true, person: { select: { name: true } } },
    orderBy: { cardNumber: "asc" },
    take: 50,
  });
  return cards.map((c) => ({ cardNumber: c.cardNumber, label: maskName(c.person.name) }));
}

/** What a real reader returns about the inserted card. */
export async function readCard(cardNumber: string): Promise<CardBasicData> {
  const card = await db().nhiCard.findFirst({
    where: { cardNumber, status: "ACTIVE" },
    select: { cardNumber: true, person: { select: { idNumber: true, name: true, birthDate: true } } },
  });
  if (!card) throw NO_CARD;
  return { cardNumber: card.cardNumber, idNumber: card.person.idNumber, name: card.person.name, birthDate: dayFromDb(card.person.birthDate) };
}

/** The card answers the server's nonce. Only a card in the drawer can sign. */
export async function signWithCard(cardNumber: string, nonce: string, databaseUrl?: string): Promise<string> {
  const card = await db().nhiCard.findFirst({ where: { cardNumber, status: "ACTIVE" }, select: { id: true } });
  if (!card) throw NO_CARD;
  return cardResponse(cardSecret(standinMasterKey(databaseUrl), cardNumber), nonce, cardNumber);
}
