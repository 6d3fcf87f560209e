import { db } from "@/lib/db/client";
import type { IdKind } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { CARD_SERVICE_UNAVAILABLE, cardAuthService, type CardAuthService } from "./card-auth-service";
import { consumeCardChallenge } from "./challenge";
import { cardErrors } from "./errors";
import type { CardProof } from "./protocol";

export type CardHolder = { personId: string; idKind: IdKind; cardNumber: string };

/**
 * "The card is in the reader now": the challenge is ours, fresh and unused (and is used up here),
 * the card's answer verifies with the NHIA service, and the card belongs to an insured person.
 * The registry lookup comes last, so only a genuine card can learn that it is not on file.
 */
export async function verifyCardProof(proof: CardProof, service: CardAuthService = cardAuthService()): Promise<CardHolder> {
  await consumeCardChallenge(proof.nonce);
  const valid = await service.verifyResponse(proof.cardNumber, proof.nonce, proof.response).catch((e: unknown) => {
    if (e instanceof AppError) throw e;
    console.error("[nhi-card] card service failed:", e instanceof Error ? e.message : "unknown error");
    throw CARD_SERVICE_UNAVAILABLE; // an outage never reads as "valid"
  });
  if (!valid) throw cardErrors.badResponse();
  const card = await db().nhiCard.findUnique({
    where: { cardNumber: proof.cardNumber },
    select: { status: true, personId: true, person: { select: { idKind: true } } },
  });
  if (!card) throw cardErrors.cardNotFound();
  if (card.status !== "ACTIVE") throw cardErrors.cardNotActive();
  return { personId: card.personId, idKind: card.person.idKind, cardNumber: proof.cardNumber };
}
