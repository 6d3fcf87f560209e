/** What a verification page says before the person starts: the conditions, from the seed's Q&A. */
export function BeforeYouStart({ heading, items }: { heading: string; items: readonly string[] }) {
  return (
    <section aria-labelledby="before-heading" className="rounded-lg border border-blue-200 bg-blue-50 p-4">
      <h2 id="before-heading" className="mb-2 text-lg font-bold">{heading}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
