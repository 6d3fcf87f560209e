import type { StaffRole } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locale";

/**
 * The staff console's pages and who may open each (issue 10 item 9): the staff home's tool list
 * and the console's navigation (app/staff/layout.tsx) both come from here. Showing a link is not
 * authorization — every page checks the role again itself (lib/auth/guard.ts). Auditors see every
 * console page, read only (their writes are refused: issue 10 "the auditor changes nothing").
 */
export type Tool = { href: string; label: Record<Locale, string>; roles: StaffRole[] };

const READERS: StaffRole[] = ["ADMIN", "AUDITOR"];

const TOOLS: Tool[] = [
  { href: "/staff/counter", label: { "zh-TW": "臨櫃註冊與綁定手機", en: "Counter registration and phone binding" }, roles: ["COUNTER"] },
  { href: "/staff/pickup", label: { "zh-TW": "門市取貨", en: "Store pickup" }, roles: ["CLERK"] },
  { href: "/staff/admin/rounds", label: { "zh-TW": "輪次", en: "Rounds" }, roles: READERS },
  { href: "/staff/admin/stores", label: { "zh-TW": "門市與配量", en: "Stores & supply" }, roles: READERS },
  // Built by the order-batches / draw / exports part of issue 10 (branch issue-10b).
  { href: "/staff/admin/batches", label: { "zh-TW": "訂單批次", en: "Order batches" }, roles: READERS },
  { href: "/staff/admin/draw", label: { "zh-TW": "抽籤與通知", en: "Draw & notices" }, roles: READERS },
  { href: "/staff/admin/exports", label: { "zh-TW": "匯出", en: "Exports" }, roles: READERS },
  { href: "/staff/audit", label: { "zh-TW": "稽核紀錄", en: "Audit log" }, roles: READERS },
  { href: "/staff/admin/accounts", label: { "zh-TW": "工作人員帳號", en: "Staff accounts" }, roles: READERS },
  { href: "/staff/admin", label: { "zh-TW": "輪次作業與示範時鐘", en: "Round jobs and demo clock" }, roles: ["ADMIN"] },
];

export function staffTools(role: StaffRole): Tool[] {
  return TOOLS.filter((t) => t.roles.includes(role));
}
