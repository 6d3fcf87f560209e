import type { StaffRole } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locale";

/** The staff pages each role may open (the pages check the role again themselves). */
type Tool = { href: string; label: Record<Locale, string>; roles: StaffRole[] };

const TOOLS: Tool[] = [
  { href: "/staff/counter", label: { "zh-TW": "臨櫃註冊與綁定手機", en: "Counter registration and phone binding" }, roles: ["COUNTER"] },
  { href: "/staff/pickup", label: { "zh-TW": "門市取貨", en: "Store pickup" }, roles: ["CLERK"] },
  { href: "/staff/admin", label: { "zh-TW": "輪次作業與示範時鐘", en: "Round jobs and demo clock" }, roles: ["ADMIN"] },
  { href: "/staff/audit", label: { "zh-TW": "稽核紀錄", en: "Audit log" }, roles: ["ADMIN", "AUDITOR"] },
];

export function staffTools(role: StaffRole): Tool[] {
  return TOOLS.filter((t) => t.roles.includes(role));
}
