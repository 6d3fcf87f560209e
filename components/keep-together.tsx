/**
 * Renders `text` with each of `parts` (e.g. formatted dates) kept on one line. CSS alone can't:
 * the line-breaking rules allow a break before a full-width bracket, which would strand the
 * "（三）" of "3月18日（三）" at the start of the next line on a phone.
 */
export function KeepTogether({ text, parts }: { text: string; parts: string[] }) {
  const wanted = parts.filter((p) => p.length > 0);
  if (wanted.length === 0) return <>{text}</>;
  const escaped = wanted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // A capturing group makes split() keep the matched parts in the result.
  const segments = text.split(new RegExp(`(${escaped.join("|")})`));
  return (
    <>
      {segments.map((segment, i) =>
        wanted.includes(segment) ? (
          <span key={i} className="whitespace-nowrap">{segment}</span>
        ) : (
          segment
        ),
      )}
    </>
  );
}
