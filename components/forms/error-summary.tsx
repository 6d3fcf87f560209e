"use client";
import { useEffect, useRef } from "react";

/**
 * GOV.UK-style error summary (issue 9 item 2): at the top of the form, a heading and one link per
 * field error, each to its field (`#<field id>`). Focus moves here when it appears, so a screen
 * reader reads it and the keyboard starts from it; without JavaScript it is still the first thing
 * after the heading. Texts arrive translated.
 */
export type FieldErrors = { field: string; message: string }[];

export function ErrorSummary({ title, errors }: { title: string; errors: FieldErrors }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.field}:${e.message}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="rounded-md border-4 border-red-700 bg-white p-4 outline-none focus-visible:ring-4 focus-visible:ring-yellow-400"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">{title}</h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}>
            <a href={`#${e.field}`} className="font-semibold text-red-800 underline">{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
