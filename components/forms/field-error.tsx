/**
 * The field's side of GOV.UK errors (issue 9 item 2): the message beside a field and the props
 * that mark the field. Not a client module, so server pages (the ATM stand-in, the questionnaire)
 * and client forms share the same ids; the summary that links to them is ./error-summary.tsx.
 */

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
