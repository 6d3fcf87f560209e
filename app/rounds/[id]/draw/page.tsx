import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { getLocale } from "@/lib/i18n/get-locale";
import { defineMessages } from "@/lib/i18n/define";
import { exportDraw } from "@/lib/rounds/draw-export";
import { recordId } from "@/lib/validation/fields";

import { roundName } from "@/lib/stores/display";

export const dynamic = "force-dynamic";

const texts = defineMessages({
  "zh-TW": {
    title: (name: string) => `${name}：抽籤公開資料`,
    commitment: "種子承諾值（預購截止前公布）",
    seed: "抽籤種子（截止後公開）",
    notYet: "尚未公開（預購截止後公開）。",
    how: "如何自行驗算",
    steps: ["確認 sha256(種子) 等於預購截止前公布的承諾值。", "每筆訂單的籤號 = sha256(種子 + \":\" + 訂單編號)，以小寫十六進位表示。", "同一門市的訂單依籤號由小到大排序，前「配量」筆中籤。", "下載資料後執行：npm run draw:verify -- 檔案或網址"],
    download: "下載抽籤資料（JSON）",
    stores: "需要抽籤的門市（訂單多於配量）",
    store: "門市代碼", supply: "配量", demand: "訂單數",
    none: "本輪沒有門市需要抽籤：每筆訂單都中籤。",
  },
  en: {
    title: (name: string) => `${name}: public draw data`,
    commitment: "Seed commitment (published before ordering closed)",
    seed: "Draw seed (revealed after closing)",
    notYet: "Not revealed yet (after ordering closes).",
    how: "How to check it yourself",
    steps: ["Check that sha256(seed) equals the commitment published before closing.", "Each order's ticket = sha256(seed + \":\" + order id), lower-case hex.", "Within a store, orders sorted by ticket ascending; the first `supply` are drawn.", "Download the data and run: npm run draw:verify -- <file or URL>"],
    download: "Download the draw data (JSON)",
    stores: "Stores that needed a draw (more orders than supply)",
    store: "Store code", supply: "Supply", demand: "Orders",
    none: "No store needed a draw this round: every order was drawn.",
  },
});

export default async function DrawPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordId().safeParse((await params).id);
  if (!id.success) notFound();
  const [locale, round] = await Promise.all([getLocale(), db().round.findUnique({ where: { id: id.data }, select: { id: true, name: true, nameEn: true, drawCommitment: true } })]);
  if (!round) notFound();
  const t = texts[locale];
  const data = await exportDraw(round.id);
  const drawn = data?.stores.filter((s) => s.orderIds.length > s.supply) ?? [];
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title(roundName(round, locale))}</h1>
      <dl className="space-y-3 break-all">
        <div><dt className="font-semibold">{t.commitment}</dt><dd className="font-mono text-sm" data-testid="commitment">{round.drawCommitment ?? "—"}</dd></div>
        <div><dt className="font-semibold">{t.seed}</dt><dd className="font-mono text-sm" data-testid="seed">{data?.round.seed ?? t.notYet}</dd></div>
      </dl>
      <section aria-labelledby="how" className="space-y-2">
        <h2 id="how" className="text-xl font-bold">{t.how}</h2>
        <ol className="list-decimal space-y-1 pl-6">{t.steps.map((s) => <li key={s}>{s}</li>)}</ol>
        {data && <a className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline" href={`/api/rounds/${round.id}/draw`}>{t.download}</a>}
      </section>
      {data && (
        <section aria-labelledby="stores" className="space-y-2">
          <h2 id="stores" className="text-xl font-bold">{t.stores}</h2>
          {drawn.length === 0 ? <p>{t.none}</p> : (
            <table className="w-full border-collapse text-left">
              <thead><tr className="border-b border-slate-400"><th className="py-2">{t.store}</th><th>{t.supply}</th><th>{t.demand}</th></tr></thead>
              <tbody>{drawn.map((s) => <tr key={s.storeId} className="border-b border-slate-200"><td className="py-2 font-mono">{s.storeCode}</td><td>{s.supply}</td><td>{s.orderIds.length}</td></tr>)}</tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
