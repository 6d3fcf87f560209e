import { StaffLoginForm } from "@/components/auth/staff-login-form";
import { authTexts } from "@/lib/auth/texts";
import { getLocale } from "@/lib/i18n/get-locale";
import { safeNextPath } from "@/lib/identity/chooser/next-path";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: authTexts[await getLocale()].staffLogin.title };
}

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const [locale, { next, error }] = await Promise.all([getLocale(), searchParams]);
  const t = authTexts[locale].staffLogin;
  // Set by /staff/login/submit when the form was posted without JavaScript (issue 7 item 7).
  const initialError = error === "RATE_LIMITED" ? t.rateLimited : error === "INVALID" ? t.invalid : null;
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <StaffLoginForm t={t} next={safeNextPath(next)} initialError={initialError} />
    </div>
  );
}
