import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cardProofSchema, cardResponse, cardSecret } from "@/lib/identity/nhi-card/protocol";

const master = Buffer.alloc(32, 7);
const CARD = "000012345678";
const NONCE = "n".repeat(43);

describe("I3: NHI card challenge–response protocol", () => {
  it("I3: the card secret is HMAC-SHA256(master key, card number) and the response HMAC(secret, nonce || card number), hex", () => {
    const secret = createHmac("sha256", master).update(CARD).digest();
    expect(cardSecret(master, CARD).equals(secret)).toBe(true);
    expect(cardResponse(secret, NONCE, CARD)).toBe(createHmac("sha256", secret).update(NONCE + CARD).digest("hex"));
    expect(cardResponse(secret, NONCE, CARD)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("I3: a response is bound to its nonce, its card and the issuer's key", () => {
    const r = cardResponse(cardSecret(master, CARD), NONCE, CARD);
    expect(cardResponse(cardSecret(master, CARD), "m".repeat(43), CARD)).not.toBe(r);
    const other = "000022334455";
    expect(cardResponse(cardSecret(master, other), NONCE, other)).not.toBe(r);
    expect(cardResponse(cardSecret(Buffer.alloc(32, 8), CARD), NONCE, CARD)).not.toBe(r);
  });

  it("I2: a proof needs a 12-digit card number, a nonce and a 64-hex response", () => {
    const ok = { cardNumber: CARD, nonce: NONCE, response: "a".repeat(64) };
    expect(cardProofSchema.safeParse(ok).success).toBe(true);
    expect(cardProofSchema.safeParse({ ...ok, cardNumber: "00001234567" }).success).toBe(false);
    expect(cardProofSchema.safeParse({ ...ok, cardNumber: "00001234567X" }).success).toBe(false);
    expect(cardProofSchema.safeParse({ ...ok, response: "A".repeat(64) }).success).toBe(false);
    expect(cardProofSchema.safeParse({ ...ok, nonce: "short" }).success).toBe(false);
  });
});
