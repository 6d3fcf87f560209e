import type { StaffRole } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locale";

/** The staff pages each role may open (the pages check the role again themselves). */
type Tool = { href: string; label: Record<Locale, string>; roles: StaffRole[] };

const TOOLS: Tool[] = [
  { href: "/staff/counter", label: { "zh-TW": "臨櫃註冊與綁定手機", en: "Counter registration and phone binding" }, roles: ["COUNTER"] },
  { href: "/staff/pickup", label: { "zh-TW": "門市取貨", en: "Store pickup" }, roles: ["CLERK"] },
  { href: "/staff/admin", label: { "zh-TW": "輪次作業與示範時鐘", en: "Round jobs and demo clock" }, roles: ["ADMIN"] },
  { href: "/staff/audit", label: { "zh-TW": "稽核紀錄", en: "Audit log" }, roles: ["ADMIN", "AUDITOR"] },
  // Issue 10 part B: the console pages auditors read too (admins reach them from /staff/admin).
  { href: "/staff/admin/batches", label: { "zh-TW": "訂單批次", en: "Order batches" }, roles: ["AUDITOR"] },
  { href: "/staff/admin/draw", label: { "zh-TW": "抽籤與通知", en: "Draw and notices" }, roles: ["AUDITOR"] },
  { href: "/staff/admin/exports", label: { "zh-TW": "匯出", en: "Exports" }, roles: ["AUDITOR"] },
];

export function staffTools(role: StaffRole): Tool[] {
  return TOOLS.filter((t) => t.roles.includes(role));
}
