/**
 * Short answers from the NHIA Q&A that people need before ordering: O2 (no odd/even days),
 * S1 (one purchase per 7 days, shared with pharmacies), S2 (counted from pickup day 1, with
 * this round's real dates), O1 (adult masks only), R4 (where and how to pick up, proxies).
 */
import { nextPurchaseDay } from "@/lib/rules";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { RoundView } from "@/lib/rounds/round-view";
import { KeepTogether } from "./keep-together";

type Props = { round: RoundView; locale: Locale; m: Messages["home"]["rules"] };

export function RulesSummary({ round, locale, m }: Props) {
  // S2: the order counts as bought on the first pickup day, so the next purchase is 7 days on.
  const next = nextPurchaseDay([round.pickupStart]) ?? round.pickupStart;
  const start = formatDay(round.pickupStart, locale);
  const nextText = formatDay(next, locale);
  const dates = [start, nextText]; // kept on one line each
  const items = [
    m.noOddEven,
    m.sevenDays,
    { title: m.countFrom.title, body: m.countFrom.body(start, nextText) },
    m.adultOnly,
    m.pickup,
  ];

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading" className="text-xl font-bold">{m.heading}</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.title} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-bold">{item.title}</h3>
            <p className="mt-1 text-sm text-slate-700">
              <KeepTogether text={item.body} parts={dates} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
