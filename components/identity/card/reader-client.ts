/**
 * The browser's side of the card reader (protocol: lib/identity/nhi-card/protocol.ts). The real
 * reader is a WebSocket service on the person's computer; this client talks to its stand-in over
 * HTTP. Swapping in the real reader changes this file only.
 */
import { callJson, type ApiResult } from "./api";

export type VirtualCard = { cardNumber: string; label: string };
export type CardData = { cardNumber: string; idNumber: string; name: string; birthDate: string };
export type CardProof = { cardNumber: string; nonce: string; response: string };

const READER = "/api/standins/card-reader";

export const cardReader = {
  list: () => callJson<{ cards: VirtualCard[] }>(`${READER}/cards`),
  read: (cardNumber: string) => callJson<{ card: CardData }>(`${READER}/read`, { cardNumber }),
  sign: (cardNumber: string, nonce: string) => callJson<{ response: string }>(`${READER}/sign`, { cardNumber, nonce }),
};

/** Ask our server for a nonce and have the inserted card sign it: proof that the card is here now. */
export async function proveCard(cardNumber: string, networkMessage: string): Promise<ApiResult<CardProof>> {
  const challenge = await callJson<{ nonce: string }>("/api/verify/card/challenge", {}, networkMessage);
  if (!challenge.ok) return challenge;
  const signed = await cardReader.sign(cardNumber, challenge.data.nonce);
  if (!signed.ok) return signed;
  return { ok: true, data: { cardNumber, nonce: challenge.data.nonce, response: signed.data.response } };
}
