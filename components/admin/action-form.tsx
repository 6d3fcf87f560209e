"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";

/** The outcome of a console form's action: a success line, or problems (each maybe naming a field). */
export type ActionState = { ok: true; message: string } | { ok: false; message: string; problems: { field: string; message: string }[] } | null;

type Props = {
  action: (prev: ActionState, data: FormData) => Promise<ActionState>;
  submit: string;
  busy: string;
  children: ReactNode;
  /** Auditors see the form, disabled: they read everything and change nothing. */
  readOnly: boolean;
  testId?: string;
};

/**
 * A console form (issue 10 items 2, 7): works without JavaScript (a server action with form
 * state); the result comes back in place — a status line, or an error summary whose entries link
 * to the fields (or list a CSV file's lines).
 */
export function ActionForm({ action, submit, busy, children, readOnly, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" data-testid={testId}>
      {state && !state.ok && <ErrorSummary title={state.message} errors={state.problems} />}
      {state?.ok && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{state.message}</p>}
      <fieldset disabled={readOnly} className="space-y-3">
        {children}
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          {pending ? busy : submit}
        </button>
      </fieldset>
    </form>
  );
}
