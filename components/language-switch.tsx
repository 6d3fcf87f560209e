/**
 * Language switch: a real <form> posting to a server action, one submit button per language,
 * so it works without JavaScript and with the keyboard (Tab, Enter/Space) for free.
 * The current language is announced by aria-pressed, not only by its colour.
 */
import { setLanguage } from "@/app/actions/set-language";
import { HTML_LANG, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale";

export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLanguage} aria-label={label} className="flex shrink-0 gap-1">
      {LOCALES.map((locale) => {
        const isCurrent = locale === current;
        return (
          <button
            key={locale}
            type="submit"
            name="lang"
            value={locale}
            // Each name is written in its own language, so it is read in that language.
            lang={HTML_LANG[locale]}
            aria-pressed={isCurrent}
            className={
              "min-h-11 min-w-11 rounded-md border px-3 text-sm font-medium " +
              (isCurrent
                ? "border-blue-700 bg-blue-700 text-white"
                : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100")
            }
          >
            {LOCALE_NAMES[locale]}
          </button>
        );
      })}
    </form>
  );
}
