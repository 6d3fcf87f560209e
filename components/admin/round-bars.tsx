/**
 * A round at a glance for admins: supply against orders and how far the orders have come, as bars.
 * Every bar also prints its number, so nothing depends on reading lengths or colours. The bar is
 * an SVG rect (a width attribute), not an inline style: the Content-Security-Policy allows no
 * inline style attributes (D55).
 */
import type { RoundFigures } from "@/lib/rounds/round-figures";

const BARS: { key: keyof RoundFigures; colour: string }[] = [
  { key: "supply", colour: "fill-slate-600" },
  { key: "orders", colour: "fill-blue-700" },
  { key: "selected", colour: "fill-indigo-700" },
  { key: "paid", colour: "fill-green-700" },
  { key: "pickedUp", colour: "fill-emerald-800" },
];

/** Labels arrive in the visitor's language (issue 10 item 9). */
export function RoundBars({ figures, name, labels }: { figures: RoundFigures; name: string; labels: Record<keyof RoundFigures, string> }) {
  const max = Math.max(1, ...BARS.map((b) => figures[b.key]));
  return (
    <figure className="space-y-1" aria-label={`${name}: ${BARS.map((b) => `${labels[b.key]} ${figures[b.key]}`).join(", ")}`}>
      <figcaption className="font-semibold">{name}</figcaption>
      {BARS.map((b) => (
        <div key={b.key} className="grid grid-cols-[7rem_1fr_4rem] items-center gap-2 text-sm sm:grid-cols-[10rem_1fr_4rem]">
          <span>{labels[b.key]}</span>
          <svg className="block h-4 w-full rounded bg-slate-100" aria-hidden="true">
            <rect className={b.colour} height="100%" rx="4" width={`${(100 * figures[b.key]) / max}%`} />
          </svg>
          <span className="text-right font-mono" data-testid={`figure-${b.key}`}>{figures[b.key]}</span>
        </div>
      ))}
    </figure>
  );
}
