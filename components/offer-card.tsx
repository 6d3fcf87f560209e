/**
 * O4: what one order costs. Computed from the round's own numbers with orderPrice(), never
 * hard-coded, so a round with different prices shows them correctly.
 */
import { orderPrice } from "@/lib/rules";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { RoundView } from "@/lib/rounds/round-view";

type Props = { round: RoundView; locale: Locale; m: Messages["home"]["offer"] };

export function OfferCard({ round, locale, m }: Props) {
  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  const money = (n: number) => formatMoney(n, locale);
  const rows = [
    { label: m.goods(round.masksPerOrder, money(round.unitPrice)), value: money(price.goods) },
    { label: m.fee, value: money(price.fee) },
  ];

  return (
    <section aria-labelledby="offer-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="offer-heading" className="text-xl font-bold">{m.heading}</h2>
      <p className="mt-1 text-slate-700">{m.masks(round.masksPerOrder)}</p>
      <dl className="mt-3 divide-y divide-slate-200">
        {rows.map((row) => (
          <div key={row.label} className="flex justify-between gap-4 py-2">
            <dt className="text-slate-700">{row.label}</dt>
            <dd className="shrink-0 tabular-nums">{row.value}</dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 py-2 text-lg font-bold">
          <dt>{m.total}</dt>
          <dd className="shrink-0 tabular-nums" data-testid="order-total">{money(price.total)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-slate-600">{m.note}</p>
    </section>
  );
}
