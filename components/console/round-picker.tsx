import type { RoundChoice } from "@/lib/console/rounds";

/** A GET form choosing the round (no JavaScript needed). */
export function RoundPicker({ rounds, current, label, button, hidden = {} }: { rounds: RoundChoice[]; current: string; label: string; button: string; hidden?: Record<string, string> }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <label className="font-semibold">{label}
        <select name="round" defaultValue={current} className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3">
          {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
      </label>
      <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{button}</button>
    </form>
  );
}
