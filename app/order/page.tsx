import Link from "next/link";
import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { formatDay, formatMoney, formatTaipeiTime } from "@/lib/i18n/format";
import { getCurrentRound, getNextRound } from "@/lib/rounds/current-round";
import { orderPrice, roundPhase } from "@/lib/rules";
import { orderTexts, type OrderErrorCode } from "@/lib/orders/texts";
import { journeyTexts } from "@/lib/orders/journey-texts";
import { storeQuery } from "@/lib/stores/schemas";
import { searchStores, storeFacets } from "@/lib/stores/search-stores";
import { placeName, roundName, storeAddress, storeName } from "@/lib/stores/display";
import { queryText } from "@/lib/http/page-params";
import { db } from "@/lib/db/client";
import { StoreFilter } from "@/components/orders/store-filter";
import { StoreChoice } from "@/components/orders/store-choice";
import { NearMeButton } from "@/components/orders/near-me-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { nearestCounty } from "@/lib/stores/near-me";

export const dynamic = "force-dynamic";

type Search = Record<"chain" | "county" | "town" | "q" | "near" | "error", string | string[] | undefined>;

/**
 * Step 1 of ordering (O5): find the pickup store — chain → county → town, a search, or "near me" —
 * all as a GET form (it carries no ID or password), so it works without JavaScript. Choosing a store
 * leads to "check your answers" (/order/check), where the order is placed (issue 9 items 1, 4).
 */
export default async function OrderPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [who, locale, raw, current] = await Promise.all([citizenPage("/order"), getLocale(), searchParams, getCurrentRound()]);
  const t = orderTexts[locale];
  const j = journeyTexts[locale];
  const money = (n: number) => formatMoney(n, locale);
  const day = (d: string) => formatDay(d, locale);
  if (!current || roundPhase(current.round, current.today) !== "ordering") {
    const next = await getNextRound();
    return (
      <Shell title={t.title}>
        <div className="space-y-2 rounded-md bg-slate-100 p-4" data-testid="not-open">
          <p>{t.notOpen}</p>
          <p className="font-semibold">{next ? t.nextRound(roundName(next, locale), day(next.opensOn), formatTaipeiTime(next.opensAt)) : t.noNextRound}</p>
          <p><Link className="font-semibold text-blue-700 underline" href="/orders">{t.seeOrders}</Link></p>
        </div>
      </Shell>
    );
  }
  const { round } = current;
  const existing = await db().order.findUnique({ where: { personId_roundId: { personId: who.personId, roundId: round.id } }, select: { id: true } });
  if (existing) {
    return <Shell title={t.title}><p className="rounded-md bg-slate-100 p-4">{t.already} <Link className="font-semibold text-blue-700 underline" href="/orders">{t.seeOrders}</Link></p></Shell>;
  }
  const price = orderPrice(round.masksPerOrder, round.unitPrice, round.fee);
  const search = {
    chain: queryText(raw.chain, 16), county: queryText(raw.county, 10), town: queryText(raw.town, 10),
    q: queryText(raw.q, 50), near: queryText(raw.near, 40), error: queryText(raw.error, 40),
  };
  const parsed = storeQuery.safeParse({ ...search, roundId: round.id, limit: 50 });
  const query = parsed.success ? parsed.data : { roundId: round.id, limit: 50 };
  // A position shows the nearest stores of every county; the county picker then names where "near" is.
  const nearCounty = "near" in query && query.near ? nearestCounty(query.near[0], query.near[1]) : null;
  const county = nearCounty ?? query.county;
  const [stores, facets, chains] = await Promise.all([
    searchStores(query),
    storeFacets(query.chain, county),
    db().chain.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } }),
  ]);
  const chainName = (id: string) => chains.find((c) => c.id === id)?.[locale === "en" ? "nameEn" : "nameZh"] ?? id;
  const noStore = search.error === "NO_STORE";
  const error = !search.error || noStore ? null : Object.hasOwn(t.errors, search.error) ? t.errors[search.error as OrderErrorCode] : t.errors.UNKNOWN;
  return (
    <Shell title={t.title}>
      <ErrorSummary
        title={j.errorTitle}
        errors={[...(noStore ? [{ field: "store-list", message: j.chooseStoreError }] : []), ...(error ? [{ field: "store-list", message: error }] : [])]}
      />
      <p>{t.lead(round.masksPerOrder, money(price.total))}</p>
      <p className="rounded-md bg-blue-50 p-3 font-semibold text-blue-900">{t.price(round.masksPerOrder, money(round.unitPrice), money(price.goods), money(price.fee), money(price.total))}</p>
      <p className="text-slate-700">{t.calendar(day(round.orderClosesOn), day(round.resultsOn), day(round.pickupStart), day(round.pickupEnd))}</p>
      <NearMeButton label={t.nearMe} working={t.nearMeWorking} failed={t.nearMeFailed} noJs={j.nearMeNoJs} />
      <StoreFilter
        key={`${search.chain}/${county}/${search.town}/${search.q}`}
        t={{ ...t, chooseCountyFirst: j.chooseCountyFirst, searchHint: j.searchHint }}
        chains={chains.map((c) => ({ id: c.id, name: locale === "en" ? c.nameEn : c.nameZh }))}
        counties={facets.counties.map((c) => ({ value: c.zh, label: placeName(c, locale) }))}
        towns={facets.towns.map((c) => ({ value: c.zh, label: placeName(c, locale) }))}
        current={{ chain: query.chain, county, town: nearCounty ? undefined : query.town, q: query.q }}
      />
      <StoreChoice
        t={{ ...t, ...j }}
        error={noStore ? j.chooseStoreError : error}
        near={!!nearCounty}
        capped={stores.length >= 50}
        stores={stores.map((s) => ({
          id: s.id, code: s.code, name: storeName(s, locale), address: storeAddress(s, locale), chainName: chainName(s.chainId), hasSupply: s.hasSupply,
          km: s.km === null ? null : s.km.toFixed(1),
        }))}
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
