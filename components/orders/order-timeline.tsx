import type { TimelineStep, Step, StepState } from "@/lib/orders/progress";

/**
 * An order's four steps as a vertical list (it fits a phone): a marked dot, the step, its dates and
 * its state. State is told three ways, never by colour alone: the mark (✓ ✕ – … or the step number),
 * the word, and aria-current on the step that is "now" — which only happens on its own days.
 */
type T = { steps: Record<Step, string>; states: Record<StepState, string>; label: string };

const DOT: Record<StepState, string> = {
  done: "border-green-700 bg-green-700 text-white",
  current: "border-blue-700 bg-white text-blue-700 ring-4 ring-blue-200",
  failed: "border-red-700 bg-red-700 text-white",
  upcoming: "border-slate-500 bg-white text-slate-700",
  skipped: "border-dashed border-slate-500 bg-slate-100 text-slate-700",
};
const MARK: Record<StepState, string> = { done: "✓", current: "…", failed: "✕", upcoming: "", skipped: "–" };

export function OrderTimeline({ steps, t, day }: { steps: TimelineStep[]; t: T; day: (d: string) => string }) {
  return (
    <ol aria-label={t.label} className="mt-3 space-y-2" data-testid="order-timeline">
      {steps.map(({ step, state, from, to }, i) => (
        <li key={step} aria-current={state === "current" ? "step" : undefined} className="flex items-start gap-3" data-testid={`step-${step}`} data-state={state}>
          <span aria-hidden="true" className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full border-2 font-bold ${DOT[state]}`}>
            {MARK[state] || i + 1}
          </span>
          <span className={`flex-1 ${state === "skipped" ? "text-slate-700" : ""}`}>
            <span className="font-semibold">{t.steps[step]}</span>
            <span className="ml-2 text-sm">{from === to ? day(from) : `${day(from)} – ${day(to)}`}</span>
            <span className={`ml-2 rounded px-1.5 text-sm font-semibold ${state === "current" ? "bg-blue-700 text-white" : "bg-slate-100 text-slate-800"}`} data-testid="step-state">{t.states[state]}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
