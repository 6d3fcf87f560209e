/**
 * PostgreSQL aborts one of two transactions that wait on each other (deadlock, 40P01) or that
 * conflict under SERIALIZABLE (40001); Prisma reports both as P2034 ("write conflict or deadlock").
 * Such an abort is not a bug in the request: the caller may retry, or answer 409 — never 500.
 */
export function isWriteConflict(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = (e as { code?: unknown }).code;
  if (code === "P2034" || code === "40P01" || code === "40001") return true;
  const text = e instanceof Error ? e.message : "";
  return /\b(40P01|40001)\b|deadlock detected|could not serialize access/.test(text);
}
