import Link from "next/link";
import { appTexts } from "@/lib/identity/app-login/texts";
import { safeNextPath, withNext } from "@/lib/identity/chooser/next-path";
import { getLocale } from "@/lib/i18n/get-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: appTexts[await getLocale()].home.title };
}

const choiceClass =
  "block min-h-11 rounded-lg border border-slate-300 p-4 hover:border-blue-700 hover:bg-blue-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/** The app's landing: verify by own number, by device code, or log in with the app password. */
export default async function AppHomePage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const [locale, query] = await Promise.all([getLocale(), searchParams]);
  const t = appTexts[locale].home;
  const next = safeNextPath(query.next);
  const choices = [
    { href: "/app/phone", ...t.phone },
    { href: "/app/device", ...t.device },
    { href: "/app/login", ...t.login },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.intro}</p>
      <ul className="space-y-3">
        {choices.map((c) => (
          <li key={c.href}>
            <Link href={withNext(c.href, next)} className={choiceClass}>
              <span className="block font-bold text-blue-800">{c.name}</span>
              <span className="mt-1 block text-slate-700">{c.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={withNext("/verify", next)} className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline underline-offset-2">
          {t.chooser}
        </Link>
      </p>
    </>
  );
}
