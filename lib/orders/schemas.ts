import { z } from "zod";

/** POST /api/orders — the body; the idempotency key comes in the `Idempotency-Key` header. */
export const placeOrderBody = z.object({
  roundId: z.uuid({ message: "roundId must be a round id" }),
  storeId: z.uuid({ message: "storeId must be a store id" }),
});

/** A client-chosen key (e.g. a UUID made when the confirm page opened): retries reuse it. */
export const idempotencyKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: "Idempotency-Key must be 8–64 letters, digits, - or _" });
