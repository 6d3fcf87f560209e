/**
 * Reading a server action's FormData (issue 7 item 4). An action is a public HTTP endpoint: its
 * "formData" argument is whatever the caller encoded — possibly no FormData at all (`[]`, `[null]`)
 * or with file parts. Actions read it only through these, so a malformed call becomes an ordinary
 * validation failure instead of a TypeError rendered as 500.
 */
export function formFields(data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(data instanceof FormData)) return out;
  for (const [k, v] of data.entries()) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}

export function formField(data: unknown, name: string): string | null {
  return formFields(data)[name] ?? null;
}
