/**
 * A round at a glance for admins: supply against orders and how far the orders have come, as bars.
 * Every bar also prints its number, so nothing depends on reading lengths or colours. The bar is
 * an SVG rect (a width attribute), not an inline style: the Content-Security-Policy allows no
 * inline style attributes (D55).
 */
import type { RoundFigures } from "@/lib/rounds/round-figures";

const BARS: { key: keyof RoundFigures; label: string; colour: string }[] = [
  { key: "supply", label: "配量 Supply (packs)", colour: "fill-slate-600" },
  { key: "orders", label: "預購 Orders", colour: "fill-blue-700" },
  { key: "selected", label: "中籤 Drawn", colour: "fill-indigo-700" },
  { key: "paid", label: "已繳費 Paid", colour: "fill-green-700" },
  { key: "pickedUp", label: "已取貨 Picked up", colour: "fill-emerald-800" },
];

export function RoundBars({ figures, name }: { figures: RoundFigures; name: string }) {
  const max = Math.max(1, ...BARS.map((b) => figures[b.key]));
  return (
    <figure className="space-y-1" aria-label={`${name}: ${BARS.map((b) => `${b.label} ${figures[b.key]}`).join(", ")}`}>
      <figcaption className="font-semibold">{name}</figcaption>
      {BARS.map((b) => (
        <div key={b.key} className="grid grid-cols-[10rem_1fr_4rem] items-center gap-2 text-sm">
          <span>{b.label}</span>
          <svg className="block h-4 w-full rounded bg-slate-100" aria-hidden="true">
            <rect className={b.colour} height="100%" rx="4" width={`${(100 * figures[b.key]) / max}%`} />
          </svg>
          <span className="text-right font-mono" data-testid={`figure-${b.key}`}>{figures[b.key]}</span>
        </div>
      ))}
    </figure>
  );
}
