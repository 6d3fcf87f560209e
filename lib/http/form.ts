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

/**
 * An uploaded file's text (issue 10 item 2: a stores CSV), or why there is none: no file part
 * under `name`, an empty one, or one over `maxBytes`. Never throws on a malformed call.
 */
export async function formFileText(data: unknown, name: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; reason: "MISSING" | "TOO_BIG" }> {
  if (!(data instanceof FormData)) return { ok: false, reason: "MISSING" };
  const part = data.get(name);
  if (!(part instanceof Blob) || part.size === 0) return { ok: false, reason: "MISSING" };
  if (part.size > maxBytes) return { ok: false, reason: "TOO_BIG" };
  return { ok: true, text: await part.text() };
}
