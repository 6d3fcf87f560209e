import Link from "next/link";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { queryText, ownEntry } from "@/lib/http/page-params";
import { consoleTexts } from "@/lib/console/texts";
import { chooseRound, uuidParam } from "@/lib/console/rounds";
import { drawStateOf, outbox, oversubscribedStores } from "@/lib/console/draw-console";
import { taipeiDateTime } from "@/lib/console/audit-view";
import { RoundPicker } from "@/components/console/round-picker";
import { publishNoticesAction, retryNoticesAction, runDrawAction, runDueStepsAction } from "./actions";

export const dynamic = "force-dynamic";

const btn = "min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/** A confirmed action: a required checkbox, then the button (works without JavaScript). */
function Confirmed({ action, round, label, confirm, extra }: { action: (f: FormData) => Promise<void>; round: string; label: string; confirm: string; extra?: Record<string, string> }) {
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-300 p-3">
      <input type="hidden" name="round" value={round} />
      {Object.entries(extra ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <label className="inline-flex min-h-11 items-center gap-2"><input type="checkbox" name="confirm" value="yes" required className="h-5 w-5" />{confirm}</label>
      <button className={btn}>{label}</button>
    </form>
  );
}

/** Issue 10 item 4: run and publish the draw, watch its batches, send and retry notices, run lapses and forfeits. */
export default async function DrawConsolePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await staffPage("/staff/admin/draw", "ADMIN", "AUDITOR");
  const [locale, sp] = await Promise.all([getLocale(), searchParams]);
  const t = consoleTexts[locale];
  const { rounds, round } = await chooseRound(uuidParam(sp.round));
  if (!round) return <main className="mx-auto max-w-5xl px-4 py-8"><h1 className="text-2xl font-bold">{t.draw.title}</h1><p>{t.noRound}</p></main>;
  const [s, preview, box] = await Promise.all([drawStateOf(round.id), oversubscribedStores(round.id), outbox()]);
  const { state } = s!;
  const canAct = principal.role === "ADMIN";
  const error = queryText(sp.error, 32);
  const done = queryText(sp.done, 16);
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      {state.phase === "drawing" && <meta httpEquiv="refresh" content="2" />}
      <h1 className="text-2xl font-bold">{t.draw.title}</h1>
      <RoundPicker rounds={rounds} current={round.id} label={t.chooseRound} button={t.show} />
      {error && <p role="alert" aria-label={ownEntry(t.draw.errors, error) ?? error} className="rounded-md bg-red-50 p-3 text-red-800">{ownEntry(t.draw.errors, error) ?? error}</p>}
      {done && t.draw.done[done] && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t.draw.done[done]}</p>}
      <p className="text-lg font-semibold" data-testid="draw-phase">{t.draw.phase[state.phase]}</p>
      {state.progress && (
        <div className="space-y-1">
          <label htmlFor="draw-progress" data-testid="draw-progress">{t.draw.progress(state.progress.done, state.progress.total)}</label>
          <progress id="draw-progress" className="block w-full max-w-md" max={state.progress.total} value={state.progress.done} />
        </div>
      )}
      {state.publish && <p><Link className="text-blue-700 underline" href={`/rounds/${round.id}/draw`}>{t.draw.publicDraw}</Link></p>}
      {canAct && (
        <div className="space-y-3">
          {state.draw.allowed && <Confirmed action={runDrawAction} round={round.id} label={t.draw.run} confirm={t.draw.confirm} />}
          {state.publish && <Confirmed action={publishNoticesAction} round={round.id} label={t.draw.publish} confirm={t.draw.confirm} />}
          {state.due.length > 0 && <Confirmed action={runDueStepsAction} round={round.id} label={t.draw.runDue(state.due.map((d) => t.draw.steps[d]).join("、"))} confirm={t.draw.confirm} />}
        </div>
      )}
      <section aria-labelledby="preview" className="space-y-2">
        <h2 id="preview" className="text-xl font-bold">{t.draw.preview}</h2>
        {preview.count === 0 ? <p>{t.draw.none}</p> : (
          <>
            <p data-testid="preview-summary">{t.draw.previewSummary(preview.count, preview.orders, preview.supply)}</p>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm" data-testid="oversubscribed">
                <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3">{t.batches.store}</th><th scope="col" className="pr-3 text-right">{t.draw.demand}</th><th scope="col" className="text-right">{t.draw.supply}</th></tr></thead>
                <tbody>{preview.stores.map((p) => <tr key={p.storeId} className="border-b border-slate-200"><td className="py-2 pr-3">{p.code} {p.name}</td><td className="pr-3 text-right font-mono">{p.demand}</td><td className="text-right font-mono">{p.supply}</td></tr>)}</tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="outbox" className="space-y-2">
        <h2 id="outbox" className="text-xl font-bold">{t.draw.outbox}</h2>
        <ul className="flex flex-wrap gap-4" data-testid="outbox-counts">
          {box.counts.map((c) => <li key={`${c.status}-${c.channel}`} className="rounded-md border border-slate-300 px-3 py-2">{c.channel} · {t.draw.statuses[c.status]}: <span className="font-mono">{c.n}</span></li>)}
        </ul>
        <h3 className="font-semibold">{t.draw.failed}</h3>
        {box.failed.length === 0 ? <p>—</p> : (
          <>
            {canAct && <Confirmed action={retryNoticesAction} round={round.id} label={t.draw.retryAll} confirm={t.draw.confirm} />}
            <table className="w-full border-collapse text-left text-sm" data-testid="failed-notices">
              <thead><tr className="border-b border-slate-400"><th scope="col" className="py-2 pr-3">{t.draw.kind}</th><th scope="col" className="pr-3">{t.draw.recipient}</th><th scope="col" className="pr-3">{t.draw.attempts}</th><th scope="col">{t.audit.time}</th></tr></thead>
              <tbody>{box.failed.map((f) => <tr key={f.id} className="border-b border-slate-200"><td className="py-2 pr-3">{f.channel} {f.kind}</td><td className="pr-3 font-mono">{f.recipient}</td><td className="pr-3 font-mono">{f.attempts}</td><td className="font-mono">{taipeiDateTime(f.createdAt)}</td></tr>)}</tbody>
            </table>
          </>
        )}
      </section>
    </main>
  );
}
