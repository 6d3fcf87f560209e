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

/** The message beside a field; give the field `aria-invalid` and `aria-describedby={fieldErrorId(id)}`. */
export function FieldError({ id, message, prefix }: { id: string; message?: string | null; prefix?: string }) {
  if (!message) return null;
  return (
    <p id={fieldErrorId(id)} className="mt-1 font-semibold text-red-800">
      {prefix && <span className="sr-only">{prefix}</span>}
      {message}
    </p>
  );
}

export const fieldErrorId = (id: string) => `${id}-error`;

/** Props for an input with an error: aria-invalid and the link to its message. */
export function invalidProps(id: string, message?: string | null) {
  return message ? { "aria-invalid": true as const, "aria-describedby": fieldErrorId(id) } : {};
}
