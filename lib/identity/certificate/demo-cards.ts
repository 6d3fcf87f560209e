/**
 * The demo's certificate cards: every national demo person (lib/seed/demo.ts) gets one from
 * "Test MOICA"; one is revoked, one expired, and one national also holds a card from the impostor
 * CA. Named by person, so tests and the demo page can point at a scenario.
 */
import { checkIdNumber } from "@/lib/rules";
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import type { CardPlan } from "./standin-ca";
import { demoCardSerial } from "./card-serial";

export const DEMO_CARD_SCENARIOS = {
  revoked: "林美玲",
  expired: "陳志豪",
  /** Also holds a card issued by another CA. */
  impostor: "王小明",
  /** Her card is the one the lock test locks (wrong PIN ×3). */
  lockTest: "李秀英",
} as const;

export function demoCardPlan(): CardPlan[] {
  const nationals = DEMO_PEOPLE.filter((p) => {
    const check = checkIdNumber(p.idNumber);
    return check.ok && check.kind === "national";
  });
  const plan: CardPlan[] = nationals.map((p) => ({
    idNumber: p.idNumber,
    name: p.name,
    issuer: "moica",
    state: p.name === DEMO_CARD_SCENARIOS.revoked ? "revoked" : p.name === DEMO_CARD_SCENARIOS.expired ? "expired" : "valid",
  }));
  for (const p of nationals.filter((n) => n.name === DEMO_CARD_SCENARIOS.impostor)) {
    plan.push({ idNumber: p.idNumber, name: p.name, issuer: "impostor", state: "valid" });
  }
  return plan;
}

export type DemoCardRow = { card: string; holderName: string; idNumber: string; scenario: "valid" | "revoked" | "expired" | "not-yet-valid" | "impostor" };

/** The demo page's table: which card plays which scenario (demo data only, never real people). */
export function demoCardRows(): DemoCardRow[] {
  return demoCardPlan().map((p) => ({
    card: demoCardSerial(p.idNumber, p.issuer),
    holderName: p.name,
    idNumber: p.idNumber,
    scenario: p.issuer === "impostor" ? "impostor" : p.state,
  }));
}
