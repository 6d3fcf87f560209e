/**
 * The round's three steps as an ordered list: pre-order → draw results & payment → pickup.
 * The current step is marked three ways so no one depends on colour alone: a filled badge,
 * the word "進行中 / Now", and aria-current="step" for screen readers.
 * Vertical on phones; a three-column row from the md breakpoint.
 */
import type { RoundPhase } from "@/lib/rules";
import { formatDay, formatTaipeiTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { RoundView } from "@/lib/rounds/round-view";
import { KeepTogether } from "./keep-together";

type StepState = "done" | "current" | "upcoming";

/**
 * Phase → state of each step. "drawing" belongs to step 2 (its results are step 2's news);
 * "awaiting-pickup" (paid, pickup not started) has no current step: 1–2 done, 3 upcoming.
 */
const STATES: Record<RoundPhase, [StepState, StepState, StepState]> = {
  upcoming: ["upcoming", "upcoming", "upcoming"],
  ordering: ["current", "upcoming", "upcoming"],
  drawing: ["done", "current", "upcoming"],
  payment: ["done", "current", "upcoming"],
  "awaiting-pickup": ["done", "done", "upcoming"],
  pickup: ["done", "done", "current"],
  ended: ["done", "done", "done"],
};

const BADGE: Record<StepState, string> = {
  done: "bg-green-100 text-green-800",
  current: "bg-blue-700 text-white",
  upcoming: "bg-slate-100 text-slate-700",
};

const DOT: Record<StepState, string> = {
  done: "border-green-700 bg-green-700 text-white",
  current: "border-blue-700 bg-white text-blue-700 ring-4 ring-blue-200",
  upcoming: "border-slate-400 bg-white text-slate-700",
};

type Props = { round: RoundView; phase: RoundPhase; locale: Locale; m: Messages["home"]["timeline"] };

export function RoundTimeline({ round, phase, locale, m }: Props) {
  const day = (d: string) => formatDay(d, locale);
  const [opens, closes, results, deadline, pickupStart, pickupEnd] = [
    day(round.orderOpensOn), day(round.orderClosesOn), day(round.resultsOn),
    day(round.paymentDeadline), day(round.pickupStart), day(round.pickupEnd),
  ] as const;
  // Each formatted date is kept on one line wherever it appears.
  const dates = [opens, closes, results, deadline, pickupStart, pickupEnd];
  const steps = [
    {
      title: m.order.title,
      when: m.order.when(opens, formatTaipeiTime(round.orderOpensAt), closes),
      detail: m.order.detail,
    },
    { title: m.payment.title, when: m.payment.when(results, deadline), detail: m.payment.detail },
    {
      title: m.pickup.title,
      when: m.pickup.when(pickupStart, pickupEnd),
      detail: m.pickup.detail(pickupStart),
    },
  ];
  const states = STATES[phase];

  return (
    <ol className="md:grid md:grid-cols-3 md:gap-4">
      {steps.map((step, i) => {
        const state = states[i] ?? "upcoming";
        const isLast = i === steps.length - 1;
        return (
          <li
            key={step.title}
            aria-current={state === "current" ? "step" : undefined}
            className={
              "relative flex gap-4 md:flex-col " +
              (isLast ? "" : "pb-8 md:pb-0 ") +
              // The connecting line: down the left on phones, across the top on wide screens.
              (isLast
                ? ""
                : "before:absolute before:left-5 before:top-11 before:bottom-1 before:w-0.5 before:bg-slate-300 " +
                  "md:before:left-14 md:before:right-2 md:before:top-5 md:before:bottom-auto md:before:h-0.5 md:before:w-auto")
            }
          >
            <span
              aria-hidden="true"
              className={`flex size-10 shrink-0 items-center justify-center rounded-full border-2 font-bold ${DOT[state]}`}
            >
              {state === "done" ? "✓" : i + 1}
            </span>
            <div
              className={
                "min-w-0 flex-1 rounded-lg border bg-white p-4 " +
                (state === "current" ? "border-blue-700 shadow-md" : "border-slate-200")
              }
            >
              <h3 className="text-lg font-bold">{step.title}</h3>
              <p className="mt-1">
                <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${BADGE[state]}`}>
                  {m.status[state]}
                </span>
              </p>
              <p className="mt-2 font-semibold text-slate-900">
                <KeepTogether text={step.when} parts={dates} />
              </p>
              <p className="mt-1 text-sm text-slate-700">
                <KeepTogether text={step.detail} parts={dates} />
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
