/**
 * Console charts (issue 10 item 3), drawn on the server as SVG with d3-scale and d3-shape: no
 * chart code reaches the browser, and nothing needs an inline style attribute (the CSP refuses
 * them, D55) — sizes are SVG attributes, colours Tailwind fill/stroke classes. Every chart prints
 * its numbers and carries its data as a table, so nothing depends on reading lengths or colours.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";

type Item = { label: string; value: number };
const W = 640;

export function BarChart({ title, items, testId, tableLabel }: { title: string; items: Item[]; testId: string; tableLabel: string }) {
  const rowH = 28, labelW = 180, numW = 90;
  const h = Math.max(rowH, items.length * rowH);
  const x = scaleLinear().domain([0, Math.max(1, ...items.map((i) => i.value))]).range([0, W - labelW - numW]);
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title}: ${items.map((i) => `${i.label} ${i.value}`).join(", ")}`}>
        {items.map((it, n) => (
          <g key={it.label} transform={`translate(0 ${n * rowH})`}>
            <text x={0} y={rowH / 2 + 5} className="fill-slate-900 text-[13px]">{it.label}</text>
            <rect x={labelW} y={4} height={rowH - 8} width={Math.max(0, x(it.value))} rx={3} className={n % 2 ? "fill-blue-700" : "fill-indigo-700"} />
            <text x={labelW + x(it.value) + 6} y={rowH / 2 + 5} className="fill-slate-900 font-mono text-[13px]">{it.value.toLocaleString("en-US")}</text>
          </g>
        ))}
      </svg>
      <DataTable label={tableLabel} items={items} />
    </figure>
  );
}

export function DayChart({ title, points, tableLabel }: { title: string; points: Item[]; tableLabel: string }) {
  const h = 200, pad = { l: 56, r: 12, t: 12, b: 36 };
  const x = scaleBand<string>().domain(points.map((p) => p.label)).range([pad.l, W - pad.r]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...points.map((p) => p.value))]).nice().range([h - pad.b, pad.t]);
  const mid = (p: Item) => (x(p.label) ?? 0) + x.bandwidth() / 2;
  const areaPath = area<Item>().x(mid).y0(y(0)).y1((p) => y(p.value))(points) ?? "";
  const linePath = line<Item>().x(mid).y((p) => y(p.value))(points) ?? "";
  return (
    <figure className="space-y-2" data-testid="chart-per-day">
      <figcaption className="font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title}: ${points.map((p) => `${p.label} ${p.value}`).join(", ")}`}>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={pad.l} x2={W - pad.r} y1={y(t)} y2={y(t)} className="stroke-slate-200" />
            <text x={pad.l - 6} y={y(t) + 4} textAnchor="end" className="fill-slate-700 font-mono text-[11px]">{t.toLocaleString("en-US")}</text>
          </g>
        ))}
        <path d={areaPath} className="fill-blue-100" />
        <path d={linePath} className="fill-none stroke-blue-700 stroke-2" />
        {points.map((p) => (
          <g key={p.label}>
            <circle cx={mid(p)} cy={y(p.value)} r={3} className="fill-blue-700" />
            <text x={mid(p)} y={h - pad.b + 16} textAnchor="middle" className="fill-slate-700 text-[11px]">{p.label.slice(5)}</text>
          </g>
        ))}
      </svg>
      <DataTable label={tableLabel} items={points} />
    </figure>
  );
}

function DataTable({ label, items }: { label: string; items: Item[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-700 underline">{label}</summary>
      <table className="mt-1 border-collapse">
        <tbody>
          {items.map((i) => (
            <tr key={i.label} className="border-b border-slate-200"><th scope="row" className="pr-4 text-left font-normal">{i.label}</th><td className="text-right font-mono">{i.value}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
