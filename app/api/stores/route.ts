import { json, route } from "@/lib/http/route";
import { storeQuery } from "@/lib/stores/schemas";
import { searchStores, storeFacets } from "@/lib/stores/search-stores";

export const dynamic = "force-dynamic";

/** Public store finder: stores matching the filters, and the county/town options for the pickers. */
export const GET = route(async (req) => {
  const query = storeQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const [stores, facets] = await Promise.all([searchStores(query), storeFacets(query.chain, query.county)]);
  return json({ stores, ...facets });
});
