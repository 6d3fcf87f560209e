import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

const base =
  "inline-flex min-h-12 items-center justify-center rounded-lg px-6 text-base font-bold";

/**
 * The two ways forward. "Start pre-order" is primary; without a scheduled round it would lead
 * nowhere useful, so the page can hide it (`showStart={false}`) and keep "How to verify".
 */
export function CallToAction({ m, showStart = true }: { m: Messages["home"]["cta"]; showStart?: boolean }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row">
      {showStart && (
        <Link href="/order" className={`${base} bg-blue-700 text-white hover:bg-blue-800`}>
          {m.start}
        </Link>
      )}
      <Link
        href="/verify"
        className={`${base} border-2 border-blue-700 bg-white text-blue-700 hover:bg-blue-50`}
      >
        {m.verify}
      </Link>
    </div>
  );
}
