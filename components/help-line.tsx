/**
 * I10: the NHIA help line, as tap-to-call links. A component of its own because the rules ask
 * for it wherever verification fails, not only in the footer.
 * 4128-678 is dialled without an area code from a landline, as (02)4128-678 from a mobile.
 */
import type { Messages } from "@/lib/i18n/messages";

const linkClass =
  "inline-flex min-h-11 items-center font-semibold text-blue-700 underline underline-offset-2";

export function HelpLine({ m }: { m: Messages["shell"] }) {
  return (
    <ul className="flex flex-col gap-x-6 sm:flex-row sm:flex-wrap">
      <li>
        <a href="tel:0800030598" className={linkClass}>0800-030-598</a>
      </li>
      <li>
        <a href="tel:4128678" className={linkClass}>4128-678</a>{" "}
        <span className="text-slate-700">{m.noAreaCode}</span>
      </li>
      <li>
        <span className="text-slate-700">{m.fromMobile}</span>{" "}
        <a href="tel:+88624128678" className={linkClass}>(02)4128-678</a>
      </li>
    </ul>
  );
}
