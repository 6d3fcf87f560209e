import type { OrderStatus } from "@/lib/generated/prisma/client";
import { orderProgress, type Step, type StepState } from "@/lib/orders/progress";

/**
 * An order's four steps as a small picture: a row of marked dots. State is told three ways, never
 * by colour alone: the mark (✓ ✕ … or the step number), the word, and aria-current on the current step.
 */
type T = { steps: Record<Step, string>; states: Record<StepState, string>; label: string };

const DOT: Record<StepState, string> = {
  done: "border-green-700 bg-green-700 text-white",
  current: "border-blue-700 bg-white text-blue-700 ring-4 ring-blue-200",
  failed: "border-red-700 bg-red-700 text-white",
  upcoming: "border-slate-400 bg-white text-slate-600",
};
const MARK: Record<StepState, string> = { done: "✓", current: "…", failed: "✕", upcoming: "" };

export function OrderTimeline({ status, t }: { status: OrderStatus; t: T }) {
  return (
    <ol aria-label={t.label} className="mt-3 grid grid-cols-4 gap-1" data-testid="order-timeline">
      {orderProgress(status).map(({ step, state }, i) => (
        <li key={step} aria-current={state === "current" ? "step" : undefined} className="flex flex-col items-center text-center text-sm">
          <span aria-hidden="true" className={`flex h-8 w-8 items-center justify-center rounded-full border-2 font-bold ${DOT[state]}`}>
            {MARK[state] || i + 1}
          </span>
          <span className="mt-1 font-semibold">{t.steps[step]}</span>
          <span className="text-xs text-slate-700">{t.states[state]}</span>
        </li>
      ))}
    </ol>
  );
}
