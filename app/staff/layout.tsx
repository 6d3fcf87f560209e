import Link from "next/link";
import type { ReactNode } from "react";
import { getPrincipal } from "@/lib/auth/guard";
import { staffTools } from "@/lib/auth/staff-tools";
import { db } from "@/lib/db/client";
import { getLocale } from "@/lib/i18n/get-locale";
import { consoleTexts } from "@/lib/staff/console-texts";

/**
 * The staff console's shell (issue 10 item 9): for a signed-in staff member, the pages their role
 * may open, in the visitor's language (the header's switch), wrapping on a phone rather than
 * scrolling sideways; a clerk sees the store they work at. Navigation only — never authorization:
 * each page checks the role itself. Signed out (the login page) it adds nothing.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [principal, locale] = await Promise.all([getPrincipal(), getLocale()]);
  if (principal?.kind !== "staff") return children;
  const t = consoleTexts[locale];
  const store = principal.storeId
    ? await db().store.findUnique({ where: { id: principal.storeId }, select: { code: true, name: true, nameEn: true } })
    : null;
  return (
    <div>
      <nav aria-label={t.nav} className="border-b border-slate-200 bg-white">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 gap-y-0 px-2 py-1 text-sm">
          <li><Link href="/staff" className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-blue-700 underline-offset-4 hover:underline">{t.home}</Link></li>
          {staffTools(principal.role).map((tool) => (
            <li key={tool.href}>
              <Link href={tool.href} className="inline-flex min-h-11 items-center rounded-md px-2 text-blue-700 underline-offset-4 hover:underline">{tool.label[locale]}</Link>
            </li>
          ))}
        </ul>
        {store && (
          <p className="mx-auto max-w-5xl px-4 pb-2 text-sm font-semibold" data-testid="works-at">
            {t.worksAt(`${locale === "en" ? store.nameEn : store.name} (${store.code})`)}
          </p>
        )}
      </nav>
      {children}
    </div>
  );
}
