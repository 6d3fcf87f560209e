import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { drawCommitment } from "@/lib/rules";

/**
 * R2: each round's secret seed is derived from the server secret and the round id, so it is never
 * stored before it is revealed and nobody can choose it after seeing the orders; its commitment
 * (sha256) is published when the round is created.
 */
export function roundSeed(roundId: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`draw-seed:${roundId}`).digest("hex");
}

export function roundCommitment(roundId: string): string {
  return drawCommitment(roundSeed(roundId));
}
