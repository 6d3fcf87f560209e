import { inject } from "vitest";
import { db } from "@/lib/db/client";
import { issueLoginTicket } from "@/lib/auth/tickets";
import { generateSync } from "otplib";
import { DEMO_PHARMACIES, DEMO_STAFF, DEMO_TOTP_SECRET, demoPharmacyKey } from "@/lib/seed/demo";
import { STAFF_ROLES, type StaffRole } from "./tables";

/**
 * The principals of the matrix, signed in the way the app signs people in (next-auth over HTTP):
 * staff with their demo passwords; citizens through a login ticket, which every verification flow
 * issues (lib/auth/tickets.ts) — here issued directly as set-up, since how a person verified is
 * the identity tests' concern, not this tier's. Plus a pharmacy with its API key.
 */
export type PrincipalName = "anonymous" | "citizen" | "citizenOther" | StaffRole | "pharmacy";
export const PRINCIPALS: readonly PrincipalName[] = ["anonymous", "citizen", "citizenOther", ...STAFF_ROLES, "pharmacy"];

export type Fixtures = { roundId: string; storeId: string; ownOrderId: string };
export type Session = { cookie: string; authorization?: string };

export const baseUrl = (): string => inject("securityBaseUrl");

/** Cookies from a response, merged into a jar string (name=value; …). */
function mergeCookies(jar: string, res: Response): string {
  const map = new Map(jar.split("; ").filter(Boolean).map((c) => c.split("=", 2) as [string, string]));
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair!.indexOf("=");
    map.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return [...map].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function nextAuthSignIn(provider: "staff" | "ticket", credentials: Record<string, string>): Promise<string> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  let jar = mergeCookies("", csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl()}/api/auth/callback/${provider}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ ...credentials, csrfToken, json: "true" }),
  });
  jar = mergeCookies(jar, res);
  if (!jar.includes("session-token=")) throw new Error(`sign-in (${provider}) failed: HTTP ${res.status} ${await res.text()}`);
  return jar;
}

export async function signIn(): Promise<{ sessions: Record<PrincipalName, Session>; fixtures: Fixtures }> {
  const prisma = db();
  const [a, b] = await prisma.person.findMany({ orderBy: { idNumber: "asc" }, take: 2, select: { id: true } });
  const round = await prisma.round.findFirstOrThrow({ orderBy: { pickupStart: "desc" }, select: { id: true } });
  const store = await prisma.store.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  // Citizen A's own resource: a drawn (SELECTED) order, payable — B must not reach it.
  const existing = await prisma.order.findFirst({ where: { personId: a!.id, roundId: round.id }, select: { id: true } });
  const order = existing ?? (await prisma.order.create({
    data: { personId: a!.id, roundId: round.id, storeId: store.id, channel: "WEB", status: "SELECTED", masks: 3, unitPrice: 5, fee: 7, total: 22 },
    select: { id: true },
  }));
  const citizen = async (personId: string) => nextAuthSignIn("ticket", { ticket: await issueLoginTicket(prisma, { personId, method: "NHI_CARD", channel: "WEB" }) });
  const staff = async (role: StaffRole) => {
    const s = DEMO_STAFF.find((x) => x.role === role)!;
    return nextAuthSignIn("staff", { username: s.username, password: s.password, code: generateSync({ secret: DEMO_TOTP_SECRET }) });
  };
  const sessions = {
    anonymous: { cookie: "" },
    citizen: { cookie: await citizen(a!.id) },
    citizenOther: { cookie: await citizen(b!.id) },
    pharmacy: { cookie: "", authorization: `Bearer ${demoPharmacyKey(DEMO_PHARMACIES[0].code)}` },
  } as Record<PrincipalName, Session>;
  for (const role of STAFF_ROLES) sessions[role] = { cookie: await staff(role) };
  return { sessions, fixtures: { roundId: round.id, storeId: store.id, ownOrderId: order.id } };
}

/** Forget every rate-limit window, so one file's volume does not decide the next file's answers. */
export async function resetRateLimits(): Promise<void> {
  await db().$executeRawUnsafe(`TRUNCATE rate_limit_buckets`);
}
