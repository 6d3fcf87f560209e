import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { getPrincipal, requireStaff } from "@/lib/auth/guard";
import { json, route } from "@/lib/http/route";
import { registerAtCounter } from "@/lib/identity/counter/register-at-counter";

export const dynamic = "force-dynamic";

/**
 * POST /api/staff/counter — I7, counter staff only.
 * Body: { idNumber, cardNumber, phoneNumber, documents: { nhiCard, idCard, householdRegister,
 * residentCertificate } } → { appPassword, personName (masked), phoneNumber (masked), reissued }.
 * Refusals: UNAUTHENTICATED, FORBIDDEN (other staff roles — audited), CROSS_SITE, VALIDATION,
 * INVALID_ID_NUMBER, COUNTER_DOCUMENTS_MISSING, COUNTER_PERSON_NOT_FOUND,
 * COUNTER_PHONE_BOUND_ELSEWHERE, RATE_LIMITED — each audited as counter.register_refused.
 * The body is validated inside registerAtCounter, so that malformed input is audited too.
 */
export const POST = route(async (req) => {
  const staff = await requireStaff("COUNTER").catch(async (e: unknown) => {
    // Staff of another role trying the counter: refused, and on the record.
    const p = await getPrincipal();
    if (p?.kind === "staff" && e instanceof AppError && e.code === "FORBIDDEN") {
      await audit(db(), { actorStaffId: p.staffId, actorKind: "staff", action: "counter.register_refused", details: { reason: "FORBIDDEN", role: p.role } });
    }
    throw e;
  });
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    raw = null; // registerAtCounter refuses (and audits) it as VALIDATION
  }
  return json(await registerAtCounter(staff.staffId, raw));
});
