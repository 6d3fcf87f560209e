import Link from "next/link";
import { AppLoginForm } from "@/components/identity/app/app-login-form";
import { linkClass } from "@/components/identity/app/form-styles";
import { appTexts } from "@/lib/identity/app-login/texts";
import { appLoginErrors } from "@/lib/identity/app-login/errors";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";
import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";
import { fieldMessages, isFieldMessageCode } from "@/lib/validation/id-field";
import { errorSummaryTexts } from "@/lib/orders/journey-texts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: appTexts[await getLocale()].login.title };
}

/** /app/login: ID number + app password (from I5, I6 or I7). */
export default async function AppLoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; error?: string | string[] }> }) {
  const [locale, query] = await Promise.all([getLocale(), searchParams]);
  const t = appTexts[locale].login;
  const next = safeNextPath(query.next);
  // Set by /app/login/submit when the form was posted without JavaScript (issue 7 item 7).
  const code = typeof query.error === "string" ? query.error : null;
  const fieldCode = isFieldMessageCode(code) ? code : null;
  const initialFieldErrors = fieldCode ? { [fieldCode === "PASSWORD_MISSING" ? "password" : "idNumber"]: fieldMessages[locale][fieldCode] } : {};
  const initialError = !code || fieldCode
    ? null
    : code === "INVALID_CREDENTIALS"
      ? { code, message: appLoginErrors.invalid().text[locale] }
      : code === "RATE_LIMITED"
        ? { code, message: locale === "en" ? "Too many attempts. Please try again later." : "嘗試次數過多，請稍後再試。" }
        : { code: "SIGN_IN_FAILED", message: t.signInFailed };
  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      <AppLoginForm
        t={t}
        shell={getMessages(locale).shell}
        next={next}
        reverify={{ phone: withNext("/app/phone", next), device: withNext("/app/device", next) }}
        initialError={initialError}
        initialFieldErrors={initialFieldErrors}
        fieldTexts={{ ...errorSummaryTexts(locale), messages: fieldMessages[locale] }}
      />
      <p>
        <Link href={withNext("/app", next)} className={linkClass}>
          {t.back}
        </Link>
      </p>
    </>
  );
}
