import { drawStore, seedMatchesCommitment } from "@/lib/rules";
import type { DrawExport } from "./draw-export";

/** R2: recompute a published draw with the documented formula; the list of disagreements (empty = verified). */
export function verifyDraw(data: DrawExport): string[] {
  const problems: string[] = [];
  if (!seedMatchesCommitment(data.round.seed, data.round.commitment)) {
    problems.push("the seed does not match the commitment published before ordering closed");
  }
  for (const store of data.stores) {
    const recomputed = drawStore(data.round.seed, store.supply, store.orderIds).filter((r) => r.selected).map((r) => r.orderId).sort();
    const published = [...store.selected].sort();
    if (JSON.stringify(recomputed) !== JSON.stringify(published)) {
      problems.push(`store ${store.storeCode}: ${published.length} published as drawn, the recomputation disagrees`);
    }
  }
  return problems;
}
