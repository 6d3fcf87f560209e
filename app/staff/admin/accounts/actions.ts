"use server";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { forAction } from "@/lib/auth/action-guard";
import { AppError } from "@/lib/errors";
import { formFields } from "@/lib/http/form";
import { getLocale } from "@/lib/i18n/get-locale";
import { changeRoleInput, createStaffInput, staffIdInput } from "@/lib/staff/schemas";
import { changeStaffRole, createStaffAccount, resetStaffAccount, setStaffActive, type Enrolment } from "@/lib/staff/accounts";
import { accountTexts } from "@/lib/staff/account-texts";

/** A new or reset account's one-time sign-in details, shown once on the page — or why not. */
export type EnrolmentState = { ok: true; enrolment: Omit<Enrolment, "uri"> } | { ok: false; message: string } | null;

async function refused(code: string): Promise<EnrolmentState> {
  const t = accountTexts[await getLocale()];
  return { ok: false, message: t.errors[code] ?? t.errors.VALIDATION! };
}

const codeOf = (e: unknown) => {
  if (e instanceof AppError) return e.code;
  throw e;
};

/** Issue 10 item 7: an admin creates a staff account; its password and TOTP secret are shown once. */
export async function createStaffAction(_prev: EnrolmentState, data: FormData): Promise<EnrolmentState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const parsed = createStaffInput.safeParse(formFields(data));
  if (!parsed.success) return refused("VALIDATION");
  try {
    const { uri: _uri, ...enrolment } = await createStaffAccount(admin, parsed.data);
    return { ok: true, enrolment };
  } catch (e) {
    return refused(codeOf(e));
  }
}

/** Issue 10 item 7: a new one-time password and a new authenticator secret (a lost phone, a forgotten password). */
export async function resetStaffAction(_prev: EnrolmentState, data: FormData): Promise<EnrolmentState> {
  const admin = await forAction(requireStaff("ADMIN"));
  const parsed = staffIdInput.safeParse(formFields(data));
  if (!parsed.success) return refused("STAFF_NOT_FOUND");
  try {
    const { uri: _uri, ...enrolment } = await resetStaffAccount(admin, parsed.data.staffId);
    return { ok: true, enrolment };
  } catch (e) {
    return refused(codeOf(e));
  }
}

/** Issue 10 item 7: deactivate or reactivate (a deactivated account's session ends at its next request, D57). */
export async function setStaffActiveAction(data: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const fields = formFields(data);
  const parsed = staffIdInput.safeParse(fields);
  if (!parsed.success) redirect("/staff/admin/accounts?error=STAFF_NOT_FOUND");
  const active = fields.active === "true";
  let target = `/staff/admin/accounts?done=${active ? "reactivate" : "deactivate"}`;
  try {
    await setStaffActive(admin, parsed.data.staffId, active);
  } catch (e) {
    target = `/staff/admin/accounts?error=${codeOf(e)}`;
  }
  redirect(target);
}

/** Issue 10 item 7: change a staff member's role (and a clerk's store). */
export async function changeStaffRoleAction(data: FormData): Promise<void> {
  const admin = await forAction(requireStaff("ADMIN"));
  const parsed = changeRoleInput.safeParse(formFields(data));
  if (!parsed.success) redirect("/staff/admin/accounts?error=VALIDATION");
  let target = "/staff/admin/accounts?done=role";
  try {
    await changeStaffRole(admin, parsed.data);
  } catch (e) {
    target = `/staff/admin/accounts?error=${codeOf(e)}`;
  }
  redirect(target);
}
