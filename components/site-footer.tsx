import type { Messages } from "@/lib/i18n/messages";
import { HelpLine } from "./help-line";

/** Footer on every page: where to get help (I10) and where the rules come from. */
export function SiteFooter({ m }: { m: Messages["shell"] }) {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm">
        <h2 className="text-base font-bold">{m.helpHeading}</h2>
        <p className="text-slate-700">{m.helpIntro}</p>
        <HelpLine m={m} />
        <p className="pt-2 text-xs text-slate-600">{m.source}</p>
      </div>
    </footer>
  );
}
