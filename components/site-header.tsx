import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

/** Top bar on every page: product name (a link home) and the language switch. */
export function SiteHeader({ locale, m }: { locale: Locale; m: Messages["shell"] }) {
  return (
    <header className="border-b border-slate-200 bg-white">
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
    </header>
  );
}
