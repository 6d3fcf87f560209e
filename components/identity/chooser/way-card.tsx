import Link from "next/link";
import { withNext } from "@/lib/identity/chooser/next-path";
import { DEVICE_STEP1_HREF, WAY_HREF } from "@/lib/identity/chooser/ways";
import type { Way } from "@/lib/identity/chooser/recommend";
import type { chooserTexts } from "@/lib/identity/chooser/texts";

type T = (typeof chooserTexts)["zh-TW"];

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-blue-700 px-5 font-bold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
export const linkClass = "inline-flex min-h-11 items-center font-semibold text-blue-700 underline underline-offset-2 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";

/** One way to verify: what it is, what it needs, and the button that starts it. */
export function WayCard({ way, t, next, headingLevel = 3, highlight = false }: { way: Way; t: T; next: string | null; headingLevel?: 2 | 3; highlight?: boolean }) {
  const w = t.ways[way];
  const href = WAY_HREF[way];
  const H = headingLevel === 2 ? "h2" : "h3";
  const headingId = `way-${way.toLowerCase()}${highlight ? "-primary" : ""}`;
  return (
    <section
      aria-labelledby={headingId}
      data-way={way}
      className={`space-y-3 rounded-lg border bg-white p-4 ${highlight ? "border-2 border-blue-700" : "border-slate-300"}`}
    >
      <H id={headingId} className="text-lg font-bold">{w.name}</H>
      <p className="text-slate-800">{w.summary}</p>
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        {w.needs.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {href ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
          <Link href={withNext(href, next)} className={buttonClass}>
            {w.action}
          </Link>
          {way === "DEVICE" && (
            <Link href={withNext(DEVICE_STEP1_HREF, next)} className={linkClass}>
              {t.deviceStep1}
            </Link>
          )}
        </div>
      ) : (
        <p className="text-slate-800">{t.counterNoLink}</p>
      )}
    </section>
  );
}
