import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText } from "@/lib/http/page-params";
import { consoleTexts } from "@/lib/console/texts";
import { chooseRound, uuidParam } from "@/lib/console/rounds";
import { centres, storeByCode } from "@/lib/exports/pick-list-view";
import { RoundPicker } from "@/components/console/round-picker";

export const dynamic = "force-dynamic";
const link = "inline-flex min-h-11 items-center text-blue-700 underline";

/** Issue 10 item 5: the exports of a round — pick lists (CSV, printable), reconciliation, draw data. */
export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await staffPage("/staff/admin/exports", "ADMIN", "AUDITOR");
  const [locale, sp] = await Promise.all([getLocale(), searchParams]);
  const t = consoleTexts[locale];
  const { rounds, round } = await chooseRound(uuidParam(sp.round));
  if (!round) return <main className="mx-auto max-w-5xl px-4 py-8"><h1 className="text-2xl font-bold">{t.exports.title}</h1><p>{t.noRound}</p></main>;
  const code = queryText(sp.store, 16);
  const [list, store] = await Promise.all([centres(), code ? storeByCode(code) : Promise.resolve(null)]);
  const api = (kind: string, extra = "") => `/api/staff/exports/${kind}?round=${round.id}${extra}`;
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.exports.title}</h1>
      <RoundPicker rounds={rounds} current={round.id} label={t.chooseRound} button={t.show} />
      <section aria-labelledby="pick" className="space-y-3">
        <h2 id="pick" className="text-xl font-bold">{t.exports.pickLists}</h2>
        <p><a className={link} href={api("pick-list")} download>{t.exports.pickLists} · {t.exports.csv}</a></p>
        <h3 className="font-semibold">{t.exports.byCentre}</h3>
        <ul className="space-y-1" data-testid="centres">
          {list.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-x-4">
              <span>{c.chain} · {c.name} ({c.stores})</span>
              <a className={link} href={api("pick-list", `&centre=${c.id}`)} download>{t.exports.csv}</a>
              <Link className={link} href={`/staff/admin/exports/pick-list?round=${round.id}&centre=${c.id}`}>{t.exports.print}</Link>
            </li>
          ))}
        </ul>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="round" value={round.id} />
          <label className="font-semibold">{t.exports.storeSearch}
            <input name="store" defaultValue={code ?? ""} maxLength={16} className="mt-1 block min-h-11 rounded-md border border-slate-500 px-3 font-mono" />
          </label>
          <button className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white">{t.show}</button>
        </form>
        {store && (
          <p className="flex flex-wrap gap-x-4" data-testid="store-exports">
            <span>{store.code} {store.name}</span>
            <a className={link} href={api("pick-list", `&store=${store.id}`)} download>{t.exports.csv}</a>
            <Link className={link} href={`/staff/admin/exports/pick-list?round=${round.id}&store=${store.id}`}>{t.exports.print}</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="others" className="space-y-2">
        <h2 id="others" className="text-xl font-bold">{t.exports.title}</h2>
        <p><a className={link} href={api("reconciliation")} download>{t.exports.reconciliation} · {t.exports.csv}</a></p>
        <p><a className={link} href={api("draw")} download>{t.exports.drawData} · {t.exports.csv}</a></p>
      </section>
    </main>
  );
}
