import { json, route } from "@/lib/http/route";
import { assertStandinsAllowed } from "@/lib/identity/nhi-card/standin-guard";
import { listVirtualCards } from "@/lib/identity/nhi-card/standin-card-reader";

export const dynamic = "force-dynamic";

/** Card-reader stand-in, demo only: the cards one can "insert" (protocol: lib/identity/nhi-card/protocol.ts). */
export const GET = route(async () => {
  assertStandinsAllowed();
  return json({ cards: await listVirtualCards() });
});
