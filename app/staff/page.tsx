import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { authTexts } from "@/lib/auth/texts";
import { getLocale } from "@/lib/i18n/get-locale";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { staffTools } from "@/lib/auth/staff-tools";

export const dynamic = "force-dynamic";

export default async function StaffHomePage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const [principal, locale, { denied }] = await Promise.all([staffPage("/staff"), getLocale(), searchParams]);
  const t = authTexts[locale];
  const tools = staffTools(principal.role);
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.staffHome.title}</h1>
      <p>{t.staffHome.signedInAs(t.staffHome.roles[principal.role])}</p>
      {denied && <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">{t.staffHome.denied}</p>}
      <section aria-labelledby="tools-heading" className="space-y-2">
        <h2 id="tools-heading" className="text-xl font-bold">{t.staffHome.tools}</h2>
        {tools.length === 0 ? (
          <p>{t.staffHome.none}</p>
        ) : (
          <ul className="space-y-2">
            {tools.map((tool) => (
              <li key={tool.href}>
                <Link href={tool.href} className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline">
                  {tool.label[locale]}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SignOutButton label={t.signOut} />
    </div>
  );
}
