import Link from "next/link";
import type { navTexts } from "@/lib/i18n/nav-texts";

/**
 * The signed-in citizen's links, on every page (issue 9 item 6): my orders, pre-order, my account,
 * and sign out — a plain form POST to /signout, so it works without JavaScript.
 */
export function CitizenNav({ t }: { t: (typeof navTexts)["en"] }) {
  const link = "inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-blue-800 underline-offset-4 hover:underline";
  return (
    <nav aria-label={t.label} className="border-t border-slate-200 bg-slate-50" data-testid="citizen-nav">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-2">
        <Link href="/orders" className={link}>{t.orders}</Link>
        <Link href="/order" className={link}>{t.order}</Link>
        <Link href="/me" className={link}>{t.account}</Link>
        <form method="post" action="/signout" className="ml-auto">
          <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-3 font-semibold text-slate-800 hover:bg-slate-100">{t.signOut}</button>
        </form>
      </div>
    </nav>
  );
}
