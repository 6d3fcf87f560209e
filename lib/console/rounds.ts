import "server-only";
import { db } from "@/lib/db/client";
import { queryText } from "@/lib/http/page-params";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid query parameter, or undefined (anything odd counts as absent, like queryText). */
export function uuidParam(v: string | string[] | undefined): string | undefined {
  const t = queryText(v, 36);
  return t && UUID.test(t) ? t.toLowerCase() : undefined;
}

/** A page number (0-based) from ?page=, capped so OFFSET stays sane. */
export function pageParam(v: string | string[] | undefined): number {
  const t = queryText(v, 6);
  return t && /^\d+$/.test(t) ? Math.min(Number(t), 10_000) : 0;
}

export type RoundChoice = { id: string; name: string };

/** Every round (newest first) and the one asked for, else the newest. */
export async function chooseRound(asked: string | undefined): Promise<{ rounds: RoundChoice[]; round: RoundChoice | null }> {
  const rounds = await db().round.findMany({ orderBy: { orderOpensAt: "desc" }, select: { id: true, name: true } });
  return { rounds, round: rounds.find((r) => r.id === asked) ?? rounds[0] ?? null };
}
