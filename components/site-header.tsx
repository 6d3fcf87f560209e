import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";
import { CitizenNav } from "./citizen-nav";
import { navTexts } from "@/lib/i18n/nav-texts";

/** Top bar on every page: product name (a link home) and the language switch; a signed-in citizen also gets their links (issue 9 item 6). */
export function SiteHeader({ locale, m, citizen = false }: { locale: Locale; m: Messages["shell"]; citizen?: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2">
        <Link
          href="/"
          className="flex min-h-11 min-w-0 items-center gap-2 rounded-md font-bold leading-tight text-slate-900"
        >
          <Logo className="size-8 shrink-0" />
          <span className="break-keep text-balance">{m.productName}</span>
        </Link>
        <LanguageSwitch current={locale} label={m.languageSwitch} />
      </div>
      {citizen && <CitizenNav t={navTexts[locale]} />}
    </header>
  );
}
