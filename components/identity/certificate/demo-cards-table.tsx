import type { CertificateTexts } from "@/lib/identity/certificate/texts";
import type { DemoCardRow } from "@/lib/identity/certificate/demo-cards";
import { maskName } from "@/lib/people/mask";

/** Demo only: which simulated card plays which scenario, and the ID number to type with it. */
export function DemoCardsTable({ t, rows }: { t: CertificateTexts["demo"]; rows: DemoCardRow[] }) {
  return (
    <section aria-labelledby="demo-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="demo-heading" className="text-lg font-bold">{t.heading}</h2>
      <p>{t.intro}</p>
      {/* Wider than a phone: the keyboard must be able to scroll it too (axe scrollable-region-focusable). */}
      <div className="overflow-x-auto focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700" tabIndex={0} role="region" aria-label={t.caption}>
        <table className="w-full whitespace-nowrap text-left text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="border-b border-amber-300">
              <th scope="col" className="py-1 pr-3">{t.card}</th>
              <th scope="col" className="py-1 pr-3">{t.holder}</th>
              <th scope="col" className="py-1 pr-3">{t.idNumber}</th>
              <th scope="col" className="py-1">{t.scenario}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.card} className="border-b border-amber-200 last:border-0">
                <td className="py-1 pr-3 font-mono">{r.card}</td>
                <td className="py-1 pr-3">{maskName(r.holderName)}</td>
                <td className="py-1 pr-3 font-mono">{r.idNumber}</td>
                <td className="py-1">{t.scenarios[r.scenario]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
