import { json, route } from "@/lib/http/route";
import { standinSigner } from "../signer";

export const dynamic = "force-dynamic";

/** Stand-in signing component: the certificate cards in the reader (holder masked). */
export const GET = route(async () => json({ cards: standinSigner().listCards() }));
