/**
 * The shell around every page: <html lang> from the visitor's language, a skip link, the header
 * with the language switch, <main>, and the footer with the help line.
 */
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getLocale } from "@/lib/i18n/get-locale";
import { HTML_LANG } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { sessionPrincipal } from "@/lib/auth/session-token";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = getMessages(await getLocale());
  return {
    // Pages set a short `title`; the template appends the product name.
    title: { default: meta.siteName, template: `%s｜${meta.siteName}` },
    description: meta.description,
    icons: { icon: "/icon.svg" },
  };
}

export const viewport: Viewport = { themeColor: "#1d4ed8" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The cookie alone (no database read): it only decides whether to show the citizen's links.
  const [locale, principal] = await Promise.all([getLocale(), sessionPrincipal().catch(() => null)]);
  const { shell } = getMessages(locale);
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-3 font-semibold text-blue-700 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          {shell.skipToContent}
        </a>
        <SiteHeader locale={locale} m={shell} citizen={principal?.kind === "citizen"} />
        {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position. */}
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter m={shell} />
      </body>
    </html>
  );
}
