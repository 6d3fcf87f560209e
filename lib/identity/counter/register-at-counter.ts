/**
 * I7: counter staff register a person whose documents they have seen and bind their phone.
 * The person must already be insured (the registry is the `people` table): found by ID number
 * and NHI card number together. One transaction writes the COUNTER credential (externalRef = the
 * phone number, a new app password shown once to hand over; I9: registering again replaces it
 * and resets the counters) and the audit entry. Every refusal is audited too, with its reason.
 * Audit details carry no secrets and no full document numbers (D8): documents seen, the phone's
 * last 3 digits, a masked ID number.
 */
import { z } from "zod";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { checkIdNumber } from "@/lib/rules";
import { consumeRateLimit, type Limit } from "@/lib/security/rate-limit";
import { maskIdNumber, maskName } from "@/lib/people/mask";
import { newAppPassword } from "@/lib/identity/app-login/app-password";
import { normalizeIdNumber } from "@/lib/identity/app-login/normalize-id-number";
import { DOCUMENTS, missingDocuments, type Document } from "./documents";
import { CounterRegistrationInput } from "./input";
import { counterErrorTexts, counterTexts } from "./texts";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A busy counter registers a person every few minutes; 60 in 10 minutes is far beyond that. */
export const COUNTER_LIMIT: Limit = { limit: 60, windowSeconds: 600 };

export type CounterRegistered = { appPassword: string; personName: string; phoneNumber: string; reissued: boolean };

type Refusal = "RATE_LIMITED" | "VALIDATION" | "INVALID_ID_NUMBER" | "COUNTER_DOCUMENTS_MISSING" | "COUNTER_PERSON_NOT_FOUND" | "COUNTER_PHONE_BOUND_ELSEWHERE";

async function refused(staffId: string, reason: Refusal, details: Record<string, Prisma.InputJsonValue>, targetId?: string): Promise<void> {
  await audit(db(), {
    actorStaffId: staffId,
    actorKind: "staff",
    action: "counter.register_refused",
    targetType: "person",
    ...(targetId ? { targetId } : {}),
    details: { reason, ...details },
  });
}

function error(code: Exclude<Refusal, "RATE_LIMITED" | "VALIDATION">, missing: Document[] = []): AppError {
  const text = (l: "zh-TW" | "en") => {
    const e = counterErrorTexts[l];
    if (code !== "COUNTER_DOCUMENTS_MISSING") return e[code];
    return e.COUNTER_DOCUMENTS_MISSING(missing.map((d) => counterTexts[l].documents[d]).join(e.listSeparator));
  };
  const kind = code === "COUNTER_PERSON_NOT_FOUND" ? "NOT_FOUND" : code === "COUNTER_PHONE_BOUND_ELSEWHERE" ? "CONFLICT" : "VALIDATION";
  return new AppError(code, kind, { "zh-TW": text("zh-TW"), en: text("en") }, missing.length ? { missing } : undefined);
}

export async function registerAtCounter(staffId: string, raw: unknown): Promise<CounterRegistered> {
  try {
    await consumeRateLimit(`counter-register:${staffId}`, COUNTER_LIMIT);
  } catch (e) {
    await refused(staffId, "RATE_LIMITED", {});
    throw e;
  }
  const parsed = CounterRegistrationInput.safeParse(raw);
  if (!parsed.success) {
    await refused(staffId, "VALIDATION", { fields: Object.keys(z.flattenError(parsed.error).fieldErrors) });
    throw parsed.error;
  }
  const input = parsed.data;
  const idNumber = normalizeIdNumber(input.idNumber);
  const phone = input.phoneNumber;
  const seen = DOCUMENTS.filter((d) => input.documents[d]);
  const base = { documentsSeen: seen, phoneLast3: phone.slice(-3), idNumberMasked: maskIdNumber(idNumber) };

  const id = checkIdNumber(idNumber);
  if (!id.ok) {
    await refused(staffId, "INVALID_ID_NUMBER", base);
    throw error("INVALID_ID_NUMBER");
  }
  const missing = missingDocuments(id.kind, input.documents);
  if (missing.length > 0) {
    await refused(staffId, "COUNTER_DOCUMENTS_MISSING", { ...base, missing });
    throw error("COUNTER_DOCUMENTS_MISSING", missing);
  }
  const person = await db().person.findFirst({
    where: { idNumber, nhiCards: { some: { cardNumber: input.cardNumber, status: "ACTIVE" } } },
    select: { id: true, name: true },
  });
  if (!person) {
    await refused(staffId, "COUNTER_PERSON_NOT_FOUND", base);
    throw error("COUNTER_PERSON_NOT_FOUND");
  }
  const key = { method_externalRef: { method: "COUNTER" as const, externalRef: phone } };
  const bound = await db().credential.findUnique({ where: key, select: { personId: true, status: true } });
  if (bound && bound.personId !== person.id && bound.status !== "REVOKED") {
    await refused(staffId, "COUNTER_PHONE_BOUND_ELSEWHERE", base, person.id);
    throw error("COUNTER_PHONE_BOUND_ELSEWHERE");
  }

  const { password, secretHash } = await newAppPassword();
  const at = now();
  const reissued = !!bound && bound.personId === person.id;
  await db().$transaction(async (tx) => {
    // One counter-bound phone per person: binding a new one ends the old binding.
    await tx.credential.updateMany({
      where: { personId: person.id, method: "COUNTER", externalRef: { not: phone }, status: { not: "REVOKED" } },
      data: { status: "REVOKED" },
    });
    const fresh = { personId: person.id, status: "ACTIVE" as const, secretHash, failedAttempts: 0, suspensions: 0, suspendedUntil: null, verifiedAt: at };
    await tx.credential.upsert({ where: key, create: { method: "COUNTER", externalRef: phone, ...fresh }, update: fresh });
    await audit(tx, {
      actorStaffId: staffId,
      actorKind: "staff",
      action: "counter.register",
      targetType: "person",
      targetId: person.id,
      details: { documentsSeen: seen, phoneLast3: phone.slice(-3), idKind: id.kind, reissued },
    });
  });
  return { appPassword: password, personName: maskName(person.name), phoneNumber: `${phone.slice(0, 4)}***${phone.slice(-3)}`, reissued };
}
