import { defineMessages } from "@/lib/i18n/define";
import type { Locale } from "@/lib/i18n/locale";

/**
 * Issue 9 item 7: a page whose step truly needs JavaScript (the card reader, the certificate signer
 * talk to local components from the page's script) says so when it is off, instead of showing an
 * empty picker. `<noscript>`: shown only to browsers not running scripts.
 */
const texts = defineMessages({
  "zh-TW": {
    card: "這一步需要 JavaScript：網頁要透過讀卡機讀取健保卡。請開啟瀏覽器的 JavaScript，或改用手機 App 的「手機門號認證」，或到健保署服務櫃檯辦理。",
    certificate: "這一步需要 JavaScript：網頁要透過簽章元件讓憑證卡簽章。請開啟瀏覽器的 JavaScript，或改用健保卡或手機認證。",
  },
  en: {
    card: "This step needs JavaScript: the page reads the NHI card through the card reader. Turn JavaScript on, or verify with your own phone number in the app, or at an NHIA service counter.",
    certificate: "This step needs JavaScript: the page asks the signing component to sign with your certificate card. Turn JavaScript on, or verify with the NHI card or your phone instead.",
  },
});

export function NeedsJs({ what, locale }: { what: "card" | "certificate"; locale: Locale }) {
  return (
    <noscript>
      <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950" data-testid="needs-js">{texts[locale][what]}</p>
    </noscript>
  );
}
