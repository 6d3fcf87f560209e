import { StaffLoginForm } from "@/components/auth/staff-login-form";
import { authTexts } from "@/lib/auth/texts";
import { getLocale } from "@/lib/i18n/get-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: authTexts[await getLocale()].staffLogin.title };
}

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [locale, { next }] = await Promise.all([getLocale(), searchParams]);
  const t = authTexts[locale].staffLogin;
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <StaffLoginForm t={t} next={next ?? null} />
    </div>
  );
}
