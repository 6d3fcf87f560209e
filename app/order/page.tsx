import Link from "next/link";
import { randomUUID } from "node:crypto";
import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { getCurrentRound } from "@/lib/rounds/current-round";
import { orderPrice, roundPhase } from "@/lib/rules";
import { orderTexts, type OrderErrorCode } from "@/lib/orders/texts";
import { storeQuery } from "@/lib/stores/schemas";
import { searchStores, storeFacets } from "@/lib/stores/search-stores";
import { db } from "@/lib/db/client";
import { StoreFilter } from "@/components/orders/store-filter";
import { StoreChoice } from "@/components/orders/store-choice";
import { NearMeButton } from "@/components/orders/near-me-button";
import { countyFromNear } from "@/lib/stores/near-me";

export const dynamic = "force-dynamic";

type Search = { chain?: string; county?: string; town?: string; q?: string; near?: string; error?: string };

export default async function OrderPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [who, locale, search, current] = await Promise.all([citizenPage("/order"), getLocale(), searchParams, getCurrentRound()]);
  const t = orderTexts[locale];
  const money = (n: number) => formatMoney(n, locale);
  const day = (d: string) => formatDay(d, locale);
  if (!current || roundPhase(current.round, current.today) !== "ordering") {
    return <Shell title={t.title}><p className="rounded-md bg-slate-100 p-4">{t.notOpen}</p></Shell>;
  }
  const { round } = current;
  const existing = await db().order.findUnique({ where: { personId_roundId: { personId: who.personId, roundId: round.id } }, select: { id: true } });
  if (existing) {
    return <Shell title={t.title}><p className="rounded-md bg-slate-100 p-4">{t.already} <Link className="font-semibold text-blue-700 underline" href="/orders">{t.seeOrders}</Link></p></Shell>;
  }
  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  // "Near me" (O5): the browser's position narrows the finder to the nearest county.
  const near = countyFromNear(search.near);
  if (near) Object.assign(search, { county: near, town: undefined });
  const parsed = storeQuery.safeParse({ ...search, roundId: round.id });
  const query = parsed.success ? parsed.data : { roundId: round.id, limit: 50 };
  const [stores, facets, chains] = await Promise.all([
    searchStores(query),
    storeFacets(query.chain, query.county),
    db().chain.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } }),
  ]);
  const chainName = (id: string) => chains.find((c) => c.id === id)?.[locale === "en" ? "nameEn" : "nameZh"] ?? id;
  const error = search.error && search.error in t.errors ? t.errors[search.error as OrderErrorCode] : search.error ? t.errors.UNKNOWN : null;
  return (
    <Shell title={t.title}>
      <p>{t.lead(round.masksPerOrder, money(price.total))}</p>
      <p className="rounded-md bg-blue-50 p-3 font-semibold text-blue-900">{t.price(round.masksPerOrder, money(round.unitPrice), money(price.goods), money(price.fee), money(price.total))}</p>
      <p className="text-slate-700">{t.calendar(day(round.orderClosesOn), day(round.resultsOn), day(round.pickupStart), day(round.pickupEnd))}</p>
      {error && <p role="alert" aria-label={error} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error}</p>}
      <NearMeButton label={t.nearMe} working={t.nearMeWorking} failed={t.nearMeFailed} />
      <StoreFilter key={`${search.chain}/${search.county}/${search.town}/${search.q}`} t={t} chains={chains.map((c) => ({ id: c.id, name: locale === "en" ? c.nameEn : c.nameZh }))} counties={facets.counties} towns={facets.towns} current={search} />
      <StoreChoice
        t={t}
        roundId={round.id}
        idempotencyKey={randomUUID()}
        stores={stores.map((s) => ({ id: s.id, name: locale === "en" ? s.nameEn : s.name, address: s.address, chainName: chainName(s.chainId), hasSupply: s.hasSupply }))}
      />
    </Shell>
  );
}

function Shell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
