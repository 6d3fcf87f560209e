"use client";
import { useEffect, useRef } from "react";

/**
 * GOV.UK-style error summary (issue 10 item 1): a titled box listing every problem as a link to its
 * field, focused when it appears so keyboard and screen-reader users land on it. Each field also
 * shows its own message (aria-invalid + aria-describedby): see FieldError.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: { field: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-4 border-red-700 bg-white p-4 outline-none focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700" data-testid="error-summary">
      <h2 id="error-summary-title" className="text-lg font-bold">{title}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}><a href={`#${e.field}`} className="font-semibold text-red-800 underline">{e.message}</a></li>
        ))}
      </ul>
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return <p id={`${id}-error`} className="font-semibold text-red-800">{message}</p>;
}
